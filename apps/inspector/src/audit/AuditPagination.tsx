// Newer and older pages of the audit log.
export function AuditPagination({
  hasNewer,
  hasOlder,
  onTurn,
}: {
  hasNewer: boolean;
  hasOlder: boolean;
  onTurn: (to: 'next' | 'previous') => void;
}) {
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of the audit log">
      {hasNewer ? (
        <div className="govuk-pagination__prev">
          <button type="button" className="app-link-button govuk-pagination__link" onClick={() => onTurn('previous')}>
            <span className="govuk-pagination__link-title">Newer events</span>
          </button>
        </div>
      ) : null}
      {hasOlder ? (
        <div className="govuk-pagination__next">
          <button type="button" className="app-link-button govuk-pagination__link" onClick={() => onTurn('next')}>
            <span className="govuk-pagination__link-title">Older events</span>
          </button>
        </div>
      ) : null}
    </nav>
  );
}
