// Changing whether offenders are interviewed after an inspection is planned: for an inspector of its team (or a chief
// inspector), until publication. After it the published figures, and the comparisons made with them, rest on what was
// recorded, so the page says so instead of offering the form.
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary, type FormProblem, RadiosField, SubmitButton } from '@scrutiny/ui';
import { Link, navigate } from '../routing/router.tsx';
import { OffenderInterviewsQuery, SetOffenderInterviewsMutation } from './documents.ts';

const OPTIONS = [
  { value: 'held', label: 'Yes: offenders are interviewed' },
  { value: 'none', label: 'No: no offenders are interviewed' },
] as const;

export function OffenderInterviewsPage({ id }: { id: string }) {
  const [result] = useQuery({ query: OffenderInterviewsQuery, variables: { id }, requestPolicy: 'network-only' });
  const inspection = result.data?.inspection ?? null;
  useEffect(() => {
    document.title = `Offender interviews – ${inspection?.title ?? 'Inspection'} – Scrutiny`;
  }, [inspection?.title]);

  if (!inspection) {
    if (result.fetching || !result.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Inspection not found</h1>
        <p className="govuk-body">It does not exist, or you may not see it.</p>
      </>
    );
  }
  const planPath = `/inspections/${encodeURIComponent(inspection.id)}/plan`;
  return (
    <>
      <Link to={planPath} className="govuk-back-link">
        Back to the plan
      </Link>
      <span className="govuk-caption-l">
        {inspection.title}, {inspection.area.name}
      </span>
      <h1 className="govuk-heading-l">Offender interviews</h1>
      {inspection.status === 'PUBLISHED' ? (
        <p className="govuk-body">
          The inspection is published, so whether offenders were interviewed can no longer change: its published
          figures, and the comparisons made with them, rest on what was recorded (
          {inspection.offenderInterviews ? 'interviews held' : 'no interviews'}).
        </p>
      ) : !inspection.mayChangeOffenderInterviews ? (
        <p className="govuk-body">
          Only an inspector of the inspection’s team can change whether offenders are interviewed.
        </p>
      ) : (
        <OffenderInterviewsForm
          inspectionId={inspection.id}
          held={inspection.offenderInterviews}
          onSaved={() => navigate(`${planPath}?interviews=1`)}
        />
      )}
    </>
  );
}

function OffenderInterviewsForm(props: { inspectionId: string; held: boolean; onSaved: () => void }) {
  const [, setOffenderInterviews] = useMutation(SetOffenderInterviewsMutation);
  const [choice, setChoice] = useState<string>(props.held ? 'held' : 'none');
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await setOffenderInterviews({
      input: { inspectionId: props.inspectionId, held: choice === 'held' },
    });
    setBusy(false);
    const outcome = result.data?.setOffenderInterviews;
    if (outcome?.__typename === 'MutationSetOffenderInterviewsSuccess') props.onSaved();
    else
      setProblems([
        {
          field: 'offender-interviews',
          message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
        },
      ]);
  };

  return (
    <>
      <ErrorSummary problems={problems} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <RadiosField
          id="offender-interviews"
          legend="Are offenders interviewed in this inspection?"
          hint="Inspections are compared only with inspections held the same way."
          error={problems[0]?.message ?? null}
          options={OPTIONS}
          value={choice}
          onChange={setChoice}
        />
        <SubmitButton busy={busy}>Save</SubmitButton>
      </form>
    </>
  );
}
