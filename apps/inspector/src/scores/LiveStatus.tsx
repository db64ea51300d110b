// Whether the scores are live: frozen once published, updated as answers are saved, or stopped (with a way to
// reconnect).
export function LiveStatus({
  published,
  stopped,
  updatedAt,
  onReconnect,
}: {
  published: boolean;
  stopped: boolean;
  updatedAt: Date | null;
  onReconnect: () => void;
}) {
  if (published) return <p className="govuk-body">These figures were frozen when the inspection was published.</p>;
  if (stopped)
    return (
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <div className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Live updates have stopped, so the figures may be out of date.{' '}
          <button type="button" className="app-link-button" onClick={onReconnect}>
            Reconnect
          </button>
        </div>
      </div>
    );
  return (
    <p className="govuk-body" role="status" data-testid="scores-updated">
      {updatedAt
        ? `Live: updated at ${updatedAt.toLocaleTimeString('en-GB')} as answers were saved.`
        : 'Live: the figures update by themselves as answers are saved.'}
    </p>
  );
}
