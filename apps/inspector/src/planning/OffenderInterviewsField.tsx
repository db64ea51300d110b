// Whether offenders (and significant other workers) are interviewed: recorded when an inspection is planned, since
// it is part of what its scores can be compared with (a follow-up without interviews is not ranked with full ones).
export function OffenderInterviewsField({ held, onChange }: { held: boolean; onChange: (held: boolean) => void }) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="offender-interviews-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Offender interviews</legend>
        <div className="govuk-hint" id="offender-interviews-hint">
          Inspections are compared only with inspections held the same way.
        </div>
        <div className="govuk-radios" data-module="govuk-radios">
          {(
            [
              [true, 'offender-interviews', 'Yes: offenders are interviewed'],
              [false, 'offender-interviews-none', 'No: no offenders are interviewed'],
            ] as const
          ).map(([value, id, label]) => (
            <div className="govuk-radios__item" key={id}>
              <input
                className="govuk-radios__input"
                id={id}
                name="offender-interviews"
                type="radio"
                checked={held === value}
                onChange={() => onChange(value)}
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
