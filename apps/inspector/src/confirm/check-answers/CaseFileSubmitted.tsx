// The confirmation once a case file is submitted, and what happens to it next.
import { ConfirmationPanel } from '@scrutiny/ui';
import { Link } from '../../routing/router.tsx';

export function CaseFileSubmitted({ reference }: { reference: string }) {
  return (
    <>
      <ConfirmationPanel title="Case file submitted">
        Case file <strong>{reference}</strong>
      </ConfirmationPanel>
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        Its answers can no longer be changed by its assessor. An inspector may second-mark it during validation.
      </p>
      <p className="govuk-body">
        <Link to="/">Back to my case files</Link>
      </p>
    </>
  );
}
