// The way back: the lead inspector moves an inspection back one stage before publication, saying why; the reason
// goes into the audit log.
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { humanise } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { ConfirmationPanel, ErrorSummary, TextAreaField, FormButtons } from '@scrutiny/ui';
import { problemOf } from '../writing/outcome.ts';
import { MoveBackMutation, StageQuery } from './documents.ts';

export function MoveBackPage({ id }: { id: string }) {
  const [result] = useQuery({ query: StageQuery, variables: { id }, requestPolicy: 'network-only' });
  const [, moveBack] = useMutation(MoveBackMutation);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ message: string; field?: string } | null>(null);
  const [movedTo, setMovedTo] = useState<string | null>(null);
  const inspection = result.data?.inspection ?? null;

  useEffect(() => {
    if (!movedTo) document.title = `${problem ? 'Error: ' : ''}Move the inspection back – Scrutiny`;
  }, [movedTo, problem]);

  if (movedTo)
    return (
      <>
        <ConfirmationPanel title={`Inspection moved back to ${humanise(movedTo).toLowerCase()}`}>
          Your reason is kept in the audit log.
        </ConfirmationPanel>
        <p className="govuk-body">
          <Link to={`/inspections/${encodeURIComponent(id)}`}>Back to the inspection</Link>
        </p>
        <p className="govuk-body">
          <Link to={`/inspections/${encodeURIComponent(id)}/report`}>Draft report and publication</Link>
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

  const to = inspection.previousStage;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setProblem({ message: 'Say why the inspection moves back', field: 'move-back-reason' });
      return;
    }
    const answer = await moveBack({ input: { inspectionId: id, reason } });
    const payload = answer.data?.moveInspectionBack;
    const message = problemOf(answer, payload);
    if (message) {
      setProblem({ message });
      return;
    }
    setProblem(null);
    setMovedTo(payload && 'data' in payload && payload.data ? payload.data.status : (to ?? ''));
  };

  return (
    <>
      <span className="govuk-caption-l">
        {inspection.title}, {inspection.area.name}
      </span>
      <h1 className="govuk-heading-l">
        {to ? `Move the inspection back to ${humanise(to).toLowerCase()}` : 'Move the inspection back'}
      </h1>
      {problem ? <ErrorSummary problems={[problem]} /> : null}
      {!to ? (
        <p className="govuk-body">
          {inspection.published
            ? 'A published inspection cannot be moved back: its figures are frozen.'
            : 'Only the inspection’s lead inspector or a chief inspector moves it back, and only once it has left planning.'}
        </p>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <p className="govuk-body">
            The inspection is at {humanise(inspection.status).toLowerCase()}. Moving it back to{' '}
            {humanise(to).toLowerCase()}{' '}
            {to === 'FIELDWORK'
              ? 'lets assessors answer and submit their case files again.'
              : to === 'FACTUAL_ACCURACY_CHECK'
                ? 'undoes the sign-off.'
                : 'reopens that stage’s work.'}
          </p>
          <TextAreaField
            id="move-back-reason"
            label="Why does it move back?"
            labelClass="govuk-label--s"
            hint="The reason is kept in the inspection’s audit log."
            value={reason}
            onChange={setReason}
            error={problem?.field ? problem.message : undefined}
            rows={3}
          />
          <FormButtons submit={<>Move back to {humanise(to).toLowerCase()}</>}>
            <Link to={`/inspections/${encodeURIComponent(id)}/report`}>Cancel</Link>
          </FormButtons>
        </form>
      )}
    </>
  );
}
