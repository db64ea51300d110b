// The GOV.UK date input: day, month and year as three numeric text boxes in one fieldset, never the browser's picker.
import { FieldsetGroup } from './FieldsetGroup.tsx';
import type { DateParts } from './date-input.ts';

export function DateInput(props: {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string | undefined;
}) {
  const { id, value, error } = props;
  const box = (part: keyof DateParts, label: string, width: 2 | 4) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
          {label}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
          id={`${id}-${part}`}
          name={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          value={value[part]}
          onChange={(e) => props.onChange({ ...value, [part]: e.target.value })}
        />
      </div>
    </div>
  );
  return (
    <FieldsetGroup id={id} legend={props.legend} legendSize={null} hint={props.hint} error={error} role="group">
      <div className="govuk-date-input" id={id}>
        {box('day', 'Day', 2)}
        {box('month', 'Month', 2)}
        {box('year', 'Year', 4)}
      </div>
    </FieldsetGroup>
  );
}
