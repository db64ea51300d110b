// An answer's optional comment, folded away until it has one.
export function AnswerComment({
  id,
  question,
  comment,
  readOnly,
  onChange,
  onFocus,
  onBlur,
}: {
  id: string;
  question: string;
  comment: string | null | undefined;
  readOnly: boolean;
  onChange: (comment: string) => void;
  onFocus: () => void;
  onBlur: () => void;
}) {
  return (
    <details className="govuk-details govuk-!-margin-bottom-2" open={Boolean(comment) || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Comment<span className="govuk-visually-hidden"> on “{question}”</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <label className="govuk-label" htmlFor={`${id}-comment`}>
          Comment (optional)
        </label>
        <textarea
          className="govuk-textarea govuk-!-margin-bottom-0"
          id={`${id}-comment`}
          rows={2}
          disabled={readOnly}
          value={comment ?? ''}
          onChange={(e) => onChange(e.target.value)}
          onFocus={onFocus}
          onBlur={onBlur}
        />
      </div>
    </details>
  );
}
