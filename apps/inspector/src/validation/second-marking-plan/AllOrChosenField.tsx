// One choice of the second-marking plan: every item, or the ones ticked (case files, or questions).
import type { ReactNode } from 'react';

export function AllOrChosenField({
  legend,
  name,
  itemPrefix,
  allLabel,
  chosenLabel,
  all,
  onAll,
  items,
  chosen,
  onToggle,
}: {
  legend: string;
  /** The radios' name, and the start of their ids (`<name>-all`, `<name>-chosen`). */
  name: string;
  /** The start of each checkbox's id, before the item's key. */
  itemPrefix: string;
  allLabel: string;
  chosenLabel: string;
  all: boolean;
  onAll: (all: boolean) => void;
  items: readonly { key: string; label: ReactNode }[];
  chosen: ReadonlySet<string>;
  onToggle: (key: string) => void;
}) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-radios govuk-radios--small">
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id={`${name}-all`}
              type="radio"
              name={name}
              checked={all}
              onChange={() => onAll(true)}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={`${name}-all`}>
              {allLabel}
            </label>
          </div>
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id={`${name}-chosen`}
              type="radio"
              name={name}
              checked={!all}
              onChange={() => onAll(false)}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={`${name}-chosen`}>
              {chosenLabel}
            </label>
          </div>
        </div>
        {!all ? (
          <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2">
            {items.map((item) => (
              <div className="govuk-checkboxes__item" key={item.key}>
                <input
                  className="govuk-checkboxes__input"
                  id={`${itemPrefix}${item.key}`}
                  type="checkbox"
                  checked={chosen.has(item.key)}
                  onChange={() => onToggle(item.key)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`${itemPrefix}${item.key}`}>
                  {item.label}
                </label>
              </div>
            ))}
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}
