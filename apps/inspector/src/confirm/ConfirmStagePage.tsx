// A confirmation page before ending fieldwork, ending validation or publishing: it says what follows (files no
// longer submittable, figures frozen), then takes the step and shows a confirmation panel with the way back.
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { humanise } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { ConfirmationPanel, ErrorSummary } from '@scrutiny/ui';
import { problemOf } from '../writing/outcome.ts';
import { MoveOnMutation, PublishMutation, StageQuery } from './documents.ts';
import { STAGE_STEPS, unsubmittedText, type StageStep } from './stages.ts';

export function ConfirmStagePage({ id, step }: { id: string; step: StageStep }) {
  const text = STAGE_STEPS[step];
  const [result] = useQuery({ query: StageQuery, variables: { id }, requestPolicy: 'network-only' });
  const [, moveOn] = useMutation(MoveOnMutation);
  const [, publish] = useMutation(PublishMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ previousStage: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const inspection = result.data?.inspection ?? null;
  const reportPath = `/inspections/${encodeURIComponent(id)}/report`;

  useEffect(() => {
    if (!done) document.title = `${text.question} – Scrutiny`;
  }, [text.question, done]);

  if (done)
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
        {done.previousStage ? (
          <p className="govuk-body">
            If this was too soon, you can{' '}
            <Link to={`/inspections/${encodeURIComponent(id)}/move-back`}>
              move the inspection back to {humanise(done.previousStage).toLowerCase()}
            </Link>
            .
          </p>
        ) : null}
        <p className="govuk-body">
          <Link to={reportPath}>Back to the draft report and publication</Link>
        </p>
      </>
    );

  if (!inspection) {
    if (result.fetching || !result.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Inspection not found</h1>
        <p className="govuk-body">It does not exist, or you are not on its team.</p>
      </>
    );
  }

  const take = async () => {
    setBusy(true);
    let message: string | null;
    let previousStage: string | null = null;
    if (step === 'publish') {
      const answer = await publish({ input: { inspectionId: id } });
      const payload = answer.data?.publishInspection;
      message = problemOf(answer, payload);
      if (payload?.__typename === 'MutationPublishInspectionSuccess')
        previousStage = payload.data.previousStage ?? null;
    } else {
      const answer = await moveOn({ input: { inspectionId: id, to: text.to as 'VALIDATION' | 'DRAFTING' } });
      const payload = answer.data?.moveInspection;
      message = problemOf(answer, payload);
      if (payload?.__typename === 'MutationMoveInspectionSuccess') previousStage = payload.data.previousStage ?? null;
    }
    setBusy(false);
    setProblem(message);
    if (!message) setDone({ previousStage });
  };

  const atStep = inspection.status === text.from;
  const unsubmitted = unsubmittedText(inspection.progress ?? null);

  return (
    <>
      <span className="govuk-caption-l">
        {inspection.title}, {inspection.area.name}
      </span>
      <h1 className="govuk-heading-l">{text.question}</h1>
      {problem ? <ErrorSummary problems={[{ message: problem }]} /> : null}
      {!atStep ? (
        <p className="govuk-body">
          The inspection is at {humanise(inspection.status).toLowerCase()}, so this step cannot be taken now.
        </p>
      ) : (
        <>
          <h2 className="govuk-heading-m">What follows</h2>
          {step === 'end-fieldwork' ? (
            <>
              {unsubmitted ? (
                <div className="govuk-warning-text">
                  <span className="govuk-warning-text__icon" aria-hidden="true">
                    !
                  </span>
                  <strong className="govuk-warning-text__text" data-testid="unsubmitted">
                    <span className="govuk-visually-hidden">Warning</span>
                    {unsubmitted}
                  </strong>
                </div>
              ) : null}
              <ul className="govuk-list govuk-list--bullet">
                <li>Assessors can no longer change answers or submit case files.</li>
                <li>Inspectors can second-mark the submitted case files.</li>
                <li>The lead inspector can move the inspection back to fieldwork, giving a reason.</li>
              </ul>
            </>
          ) : step === 'end-validation' ? (
            <ul className="govuk-list govuk-list--bullet">
              {unsubmitted ? <li data-testid="unsubmitted">{unsubmitted}</li> : null}
              <li>The team drafts the report from the inspection’s figures.</li>
              <li>The lead inspector can move the inspection back to validation, giving a reason.</li>
            </ul>
          ) : (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                The figures and the text are frozen and the report becomes public. This cannot be undone: a published
                inspection cannot be moved back.
              </strong>
            </div>
          )}
          <div className="govuk-button-group">
            <button
              type="button"
              className={`govuk-button${step === 'publish' ? ' govuk-button--warning' : ''}`}
              disabled={busy}
              onClick={() => void take()}
            >
              {text.button}
            </button>
            <Link to={reportPath}>Cancel</Link>
          </div>
        </>
      )}
    </>
  );
}
