// A confirmation page before ending fieldwork, ending validation or publishing: it says what follows (files no
// longer submittable, figures frozen), then takes the step and shows a confirmation panel with the way back.
// Its parts: what follows each step (confirm-stage/WhatFollows.tsx) and the confirmation once taken
// (confirm-stage/StageTaken.tsx).
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { humanise } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { ErrorSummary } from '@scrutiny/ui';
import { problemOf } from '../writing/outcome.ts';
import { MoveOnMutation, PublishMutation, StageQuery } from './documents.ts';
import { STAGE_STEPS, unsubmittedText, type StageStep } from './stages.ts';
import { StageTaken } from './confirm-stage/StageTaken.tsx';
import { WhatFollows } from './confirm-stage/WhatFollows.tsx';

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

  if (done) return <StageTaken id={id} step={step} previousStage={done.previousStage} reportPath={reportPath} />;

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
          <WhatFollows step={step} unsubmitted={unsubmitted} />
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
