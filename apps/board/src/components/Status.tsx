import type { CombinedError } from 'urql';

export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}

export function ErrorMessage({ error }: { error: CombinedError }) {
  return (
    <div className="govuk-error-summary" role="alert">
      <h2 className="govuk-error-summary__title">There is a problem</h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">
          {error.graphQLErrors[0]?.message ?? 'The service could not be reached. Try again.'}
        </p>
      </div>
    </div>
  );
}
