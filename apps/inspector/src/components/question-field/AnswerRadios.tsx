// A question's answers as small inline radios; "Not applicable" opens the reason asked under it.
import type { KeyboardEvent } from 'react';
import { NOT_APPLICABLE_VALUE } from '../../answers.ts';

export function AnswerRadios({
  id,
  options,
  value,
  onChoose,
  onKeyDown,
}: {
  id: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChoose: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className="govuk-radios__item" key={option.value}>
            <input
              className="govuk-radios__input"
              id={optionId}
              name={id}
              type="radio"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChoose(option.value)}
              onKeyDown={onKeyDown}
              aria-controls={option.value === NOT_APPLICABLE_VALUE ? `${id}-reason-group` : undefined}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </div>
  );
}
