// GOV.UK radios and checkboxes: their items alone, for a fieldset that holds more, or in a fieldset group of their
// own. The first item carries the group's id unless it is given one, so an error summary's link lands on the group.
import { Fragment, type KeyboardEvent, type ReactNode } from 'react';
import { FieldsetGroup, groupClass, type FieldsetGroupProps } from './FieldsetGroup.tsx';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  /** The input's id; by default the group's id for the first item, `<group id>-<value>` for the others. */
  id?: string;
  hint?: ReactNode;
  /** The hint's id; by default `<input id>-hint`. */
  hintId?: string;
}

export interface RadioOption extends ChoiceOption {
  /** Asked under this answer once it is chosen (GOV.UK's conditional reveal): what to ask, and its container's id. */
  conditional?: { id: string; content: ReactNode };
}

function optionId(groupId: string, option: ChoiceOption, index: number): string {
  return option.id ?? (index === 0 ? groupId : `${groupId}-${option.value}`);
}

/** One radio or checkbox: its input, label and hint. */
function ChoiceItem({
  kind,
  groupId,
  index,
  option,
  name,
  checked,
  onChange,
  controls,
  onKeyDown,
}: {
  kind: 'radios' | 'checkboxes';
  groupId: string;
  index: number;
  option: ChoiceOption;
  name: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  controls?: string | undefined;
  onKeyDown?: ((event: KeyboardEvent<HTMLInputElement>) => void) | undefined;
}) {
  const inputId = optionId(groupId, option, index);
  const hintId = option.hint ? (option.hintId ?? `${inputId}-hint`) : undefined;
  return (
    <div className={`govuk-${kind}__item`}>
      <input
        className={`govuk-${kind}__input`}
        id={inputId}
        name={name}
        type={kind === 'radios' ? 'radio' : 'checkbox'}
        value={option.value}
        checked={checked}
        aria-describedby={hintId}
        aria-controls={controls}
        onChange={(event) => onChange(event.target.checked)}
        onKeyDown={onKeyDown}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={inputId}>
        {option.label}
      </label>
      {hintId ? (
        <div className={`govuk-hint govuk-${kind}__hint`} id={hintId}>
          {option.hint}
        </div>
      ) : null}
    </div>
  );
}

export interface RadioItemsProps {
  /** The group's id: the first item's id unless it has its own. */
  id: string;
  /** The inputs' name; the group's id unless given. */
  name?: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  small?: boolean;
  inline?: boolean;
  /** More classes of the items' container, e.g. a margin. */
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function RadioItems({
  id,
  name = id,
  options,
  value,
  onChange,
  small = false,
  inline = false,
  className,
  onKeyDown,
}: RadioItemsProps) {
  const classes = ['govuk-radios', small ? 'govuk-radios--small' : '', inline ? 'govuk-radios--inline' : '', className];
  const items = options.map((option, index) => {
    const checked = value === option.value;
    // Inline radios sit in one row: what an answer reveals stands under the whole row (after it), not in it.
    const conditional = inline ? undefined : option.conditional;
    return (
      <Fragment key={option.value}>
        <ChoiceItem
          {...{ kind: 'radios', groupId: id, index, option, name, checked, onKeyDown }}
          controls={option.conditional?.id}
          onChange={() => onChange(option.value)}
        />
        {conditional ? <Conditional {...conditional} shown={checked} /> : null}
      </Fragment>
    );
  });
  return (
    <>
      <div className={classes.filter(Boolean).join(' ')} data-module="govuk-radios">
        {items}
      </div>
      {inline
        ? options.map((option) =>
            option.conditional ? (
              <Conditional key={option.value} {...option.conditional} shown={value === option.value} />
            ) : null,
          )
        : null}
    </>
  );
}

/** What a chosen answer asks under it: its container always there (the answer controls it), its question only once chosen. */
function Conditional({ id, content, shown }: { id: string; content: ReactNode; shown: boolean }) {
  return (
    <div className={`govuk-radios__conditional${shown ? '' : ' govuk-radios__conditional--hidden'}`} id={id}>
      {shown ? content : null}
    </div>
  );
}

export interface CheckboxItemsProps {
  /** The group's id: the first item's id unless it has its own. */
  id: string;
  /** The inputs' name, if the form is ever read as a whole. */
  name?: string;
  options: readonly ChoiceOption[];
  /** The values ticked. */
  chosen: ReadonlySet<string> | readonly string[];
  onToggle: (value: string, checked: boolean) => void;
  small?: boolean;
  className?: string;
}

export function CheckboxItems({ id, name, options, chosen, onToggle, small = false, className }: CheckboxItemsProps) {
  const ticked = (value: string) => ('has' in chosen ? chosen.has(value) : chosen.includes(value));
  const classes = ['govuk-checkboxes', small ? 'govuk-checkboxes--small' : '', className];
  return (
    <div className={classes.filter(Boolean).join(' ')} data-module="govuk-checkboxes">
      {options.map((option, index) => (
        <ChoiceItem
          key={option.value}
          {...{ kind: 'checkboxes', groupId: id, index, option, name }}
          checked={ticked(option.value)}
          onChange={(checked) => onToggle(option.value, checked)}
        />
      ))}
    </div>
  );
}

type GroupProps = Omit<FieldsetGroupProps, 'children' | 'id'>;

/** Radios in a fieldset group of their own. */
export function Radios(props: RadioItemsProps & GroupProps) {
  const { name, options, value, onChange, small, inline, className, onKeyDown, ...group } = props;
  return (
    <FieldsetGroup {...group} className={className}>
      <RadioItems {...{ id: group.id, name, options, value, onChange, small, inline, onKeyDown }} />
    </FieldsetGroup>
  );
}

/** Checkboxes in a fieldset group of their own. */
export function Checkboxes(props: CheckboxItemsProps & GroupProps) {
  const { name, options, chosen, onToggle, small, className, ...group } = props;
  return (
    <FieldsetGroup {...group} className={className}>
      <CheckboxItems {...{ id: group.id, name, options, chosen, onToggle, small }} />
    </FieldsetGroup>
  );
}

/** One checkbox on its own, a yes or no with no question around it (e.g. a filter). */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  small = false,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  small?: boolean;
}) {
  return (
    <div className={groupClass(false)}>
      <CheckboxItems
        id={id}
        options={[{ value: 'yes', label }]}
        chosen={checked ? ['yes'] : []}
        onToggle={(_, ticked) => onChange(ticked)}
        small={small}
      />
    </div>
  );
}
