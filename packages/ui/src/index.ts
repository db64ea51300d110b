// @scrutiny/ui: the one home of what both apps show.
export { Markdown, InlineMarkdown } from './text/Markdown.tsx';
export { ErrorSummary, FieldError, errorMessage, hasError, type FormProblem } from './forms/ErrorSummary.tsx';
export { DateInput } from './forms/DateInput.tsx';
export { readDate, datePartsOf, EMPTY_DATE, type DateParts, type DateReading } from './forms/date-input.ts';
export { Done } from './status/Done.tsx';
export { SlopeChart, type SlopeDatum } from './figures/SlopeChart.tsx';
export { UnitRatingsTable, type UnitRatingsRow } from './figures/UnitRatingsTable.tsx';
export { TableRegion } from './tables/TableRegion.tsx';
export { Table, type TableCaption, type TableColumn, type TableProps, type RowAttributes } from './tables/Table.tsx';
export { useWideScreen } from './layout/use-wide-screen.ts';
export { FormGroup, HintAndError, describedBy, type FormGroupProps } from './forms/FormGroup.tsx';
export { TextField, TextAreaField, RadiosField, SelectField, Select, type FieldProps } from './forms/fields.tsx';
export { SubmitButton, FormButtons, type SubmitButtonProps } from './forms/FormButtons.tsx';
export { FieldsetGroup, type FieldsetGroupProps } from './forms/FieldsetGroup.tsx';
export { SingleSignOnButton, type SingleSignOnButtonProps } from './forms/SingleSignOnButton.tsx';
export {
  Radios,
  RadioItems,
  Checkboxes,
  CheckboxItems,
  CheckboxField,
  type ChoiceOption,
  type RadioOption,
  type RadioItemsProps,
  type CheckboxItemsProps,
} from './forms/choices.tsx';
export {
  SignInForm,
  useSignInForm,
  type SignInCredentials,
  type SignInOutcome,
  type SignInFormState,
} from './forms/SignInForm.tsx';
export { SignInPage, type SignInOptions, type SignInPageProps } from './forms/SignInPage.tsx';
export { ConfirmationPanel, type ConfirmationPanelProps } from './status/ConfirmationPanel.tsx';
export { NavigationMenu } from './layout/NavigationMenu.tsx';
export { Section, type SectionProps } from './layout/Section.tsx';
