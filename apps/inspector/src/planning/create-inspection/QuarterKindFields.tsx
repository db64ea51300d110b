// The quarter the programme plans the inspection for, and whether it is full or a follow-up.
import { FieldError, hasError, type FormProblem } from '@scrutiny/ui';

export type InspectionKind = 'FULL' | 'FOLLOW_UP' | '';

export function QuarterField({ quarter, onQuarter }: { quarter: string; onQuarter: (quarter: string) => void }) {
  return (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor="quarter">
        Quarter (optional)
      </label>
      <div className="govuk-hint" id="quarter-hint">
        The quarter of the year the programme plans it for.
      </div>
      <select
        className="govuk-select"
        id="quarter"
        name="quarter"
        aria-describedby="quarter-hint"
        value={quarter}
        onChange={(e) => onQuarter(e.target.value)}
      >
        <option value="">Not yet decided</option>
        {[1, 2, 3, 4].map((q) => (
          <option key={q} value={String(q)}>
            Quarter {q}
          </option>
        ))}
      </select>
    </div>
  );
}

export function KindField({
  kind,
  onKind,
  problems,
}: {
  kind: InspectionKind;
  onKind: (kind: InspectionKind) => void;
  problems: readonly FormProblem[];
}) {
  return (
    <div className={`govuk-form-group${hasError(problems, 'kind') ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={hasError(problems, 'kind') ? 'kind-error' : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Kind of inspection</legend>
        <FieldError problems={problems} field="kind" />
        <div className="govuk-radios" data-module="govuk-radios">
          {(
            [
              ['FULL', 'kind', 'Full inspection'],
              ['FOLLOW_UP', 'kind-follow-up', 'Follow-up of an earlier inspection'],
            ] as const
          ).map(([value, id, label]) => (
            <div className="govuk-radios__item" key={value}>
              <input
                className="govuk-radios__input"
                id={id}
                name="kind"
                type="radio"
                value={value}
                checked={kind === value}
                onChange={() => onKind(value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={id}>
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
