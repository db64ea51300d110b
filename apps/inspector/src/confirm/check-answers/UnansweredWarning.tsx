// How many questions still need an answer before the case file can be submitted.
export function UnansweredWarning({ count }: { count: number }) {
  if (!count) return null;
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text" data-testid="unanswered">
        <span className="govuk-visually-hidden">Warning</span>
        {count} {count === 1 ? 'question needs' : 'questions need'} an answer before the case file can be submitted.
      </strong>
    </div>
  );
}
