import { Link } from 'react-router';

export function NotFoundPage({ what = 'Page' }: { what?: string }) {
  return (
    <>
      <title>{`${what} not found – Scrutiny`}</title>
      <h1 className="govuk-heading-l">{what} not found</h1>
      <p className="govuk-body">
        It may not exist, may not be published yet, or you may not have permission to see it.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          See the published inspections
        </Link>
      </p>
    </>
  );
}
