import type { CombinedError } from 'urql';
import { ErrorSummary } from '@scrutiny/ui';

export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}

export function ErrorMessage({ error }: { error: CombinedError }) {
  return (
    <ErrorSummary
      problems={[{ message: error.graphQLErrors[0]?.message ?? 'The service could not be reached. Try again.' }]}
    />
  );
}
