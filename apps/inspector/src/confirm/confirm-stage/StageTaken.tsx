// The confirmation once a stage is taken: what happens next, and the way back while the step can still be undone.
import { ConfirmationPanel } from '@scrutiny/ui';
import { humanise } from '../../labels.ts';
import { Link } from '../../routing/router.tsx';
import { STAGE_STEPS, type StageStep } from '../stages.ts';

export function StageTaken({
  id,
  step,
  previousStage,
  reportPath,
}: {
  id: string;
  step: StageStep;
  previousStage: string | null;
  reportPath: string;
}) {
  const text = STAGE_STEPS[step];
  return (
    <>
      <ConfirmationPanel title={text.done}>
        {step === 'publish'
          ? 'Its figures and text are frozen and public.'
          : `The inspection is now at ${humanise(text.to).toLowerCase()}.`}
      </ConfirmationPanel>
      <h2 className="govuk-heading-m">What happens next</h2>
      {step === 'end-fieldwork' ? (
        <p className="govuk-body">Inspectors second-mark submitted case files on “Validation and agreement”.</p>
      ) : step === 'end-validation' ? (
        <p className="govuk-body">
          The team writes the report, then sends it to the area for its factual accuracy check.
        </p>
      ) : (
        <p className="govuk-body">
          Anyone can read the report and download its figures.{' '}
          <a className="govuk-link" href={`/reports/${encodeURIComponent(id)}`}>
            Read the published report
          </a>
        </p>
      )}
      {previousStage ? (
        <p className="govuk-body">
          If this was too soon, you can{' '}
          <Link to={`/inspections/${encodeURIComponent(id)}/move-back`}>
            move the inspection back to {humanise(previousStage).toLowerCase()}
          </Link>
          .
        </p>
      ) : null}
      <p className="govuk-body">
        <Link to={reportPath}>Back to the draft report and publication</Link>
      </p>
    </>
  );
}
