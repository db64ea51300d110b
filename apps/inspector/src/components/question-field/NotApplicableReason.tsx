// The reason a question does not apply, asked under "Not applicable" once it is chosen.
export function NotApplicableReason({
  id,
  shown,
  reason,
  error,
  onChange,
  onFocus,
  onBlur,
}: {
  id: string;
  shown: boolean;
  reason: string;
  error: boolean;
  onChange: (reason: string) => void;
  onFocus: () => void;
  onBlur: () => void;
}) {
  return (
    <div
      className={`govuk-radios__conditional${shown ? '' : ' govuk-radios__conditional--hidden'}`}
      id={`${id}-reason-group`}
    >
      {shown ? (
        <div className="govuk-form-group govuk-!-margin-bottom-2">
          <label className="govuk-label" htmlFor={`${id}-reason`}>
            Why does this question not apply to this case?
          </label>
          {error ? (
            <p className="govuk-error-message" id={`${id}-reason-error`}>
              <span className="govuk-visually-hidden">Error:</span> Enter why the question does not apply
            </p>
          ) : null}
          <textarea
            className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
            id={`${id}-reason`}
            rows={2}
            required
            aria-required="true"
            aria-describedby={error ? `${id}-reason-error` : undefined}
            value={reason}
            onChange={(e) => onChange(e.target.value)}
            onFocus={onFocus}
            onBlur={onBlur}
          />
        </div>
      ) : null}
    </div>
  );
}
