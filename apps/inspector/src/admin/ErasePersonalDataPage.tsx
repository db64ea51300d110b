// A chief inspector's "erase now": what will go and what will stay, a reason, and a warning that it cannot be
// undone. The erasure is recorded with the reason and the chief inspector's name.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary, errorMessage, TextAreaField, type FormProblem, FormButtons } from '@scrutiny/ui';
import { Link } from '../routing/router.tsx';
import { longDate } from './personal-data/retention-dates.ts';
import { ErasePersonalDataMutation, InspectionToEraseQuery } from './retention-documents.ts';

export function ErasePersonalDataPage({ id, viewer }: { id: string; viewer: { role: string } }) {
  const chief = viewer.role === 'CHIEF_INSPECTOR';
  const [result] = useQuery({ query: InspectionToEraseQuery, variables: { id }, pause: !chief });
  const [, erase] = useMutation(ErasePersonalDataMutation);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [erased, setErased] = useState<{
    erasedAt: string;
    counts: { kind: string; label: string; count: number }[];
  } | null>(null);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Erase personal data – Scrutiny`;
  }, [problems.length]);
  useEffect(() => {
    if (erased) done.current?.focus();
  }, [erased]);

  if (!chief)
    return (
      <>
        <h1 className="govuk-heading-l">Erase personal data</h1>
        <p className="govuk-body">Only a chief inspector erases personal data before its date.</p>
      </>
    );
  const inspection = result.data?.inspection ?? null;
  if (!inspection)
    return <p className="govuk-body">{result.fetching ? 'Loading…' : 'The inspection was not found.'}</p>;
  const name = `${inspection.area.name}, ${inspection.title} (${inspection.year})`;

  if (erased)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation" ref={done} tabIndex={-1} data-testid="erasure-done">
            <h1 className="govuk-panel__title">Personal data erased</h1>
            <div className="govuk-panel__body">
              {name}, on {longDate(erased.erasedAt)}
            </div>
          </div>
          <h2 className="govuk-heading-m">What was erased</h2>
          <ul className="govuk-list govuk-list--bullet">
            {erased.counts
              .filter((c) => c.count > 0)
              .map((c) => (
                <li key={c.kind}>
                  {c.count} {c.label}
                </li>
              ))}
          </ul>
          <p className="govuk-body">
            The erasure is recorded with your reason. The inspection’s figures, report and downloads are unchanged.
          </p>
          <p className="govuk-body">
            <Link to="/admin/personal-data">Back to personal data held</Link>
          </p>
        </div>
      </div>
    );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setProblems([{ field: 'erase-reason', message: 'Say why the personal data is erased now' }]);
      return;
    }
    setBusy(true);
    const outcome = (await erase({ input: { inspectionId: inspection.id, reason: reason.trim() } })).data
      ?.erasePersonalData;
    setBusy(false);
    if (outcome?.__typename === 'MutationErasePersonalDataSuccess') {
      setProblems([]);
      setErased(outcome.data);
    } else
      setProblems([
        {
          field: 'erase-reason',
          message:
            outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Nothing was erased.',
        },
      ]);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <span className="govuk-caption-l">{name}</span>
        <h1 className="govuk-heading-l">Erase this inspection’s personal data now?</h1>
        {inspection.personalDataErasedAt ? (
          <p className="govuk-body">Its personal data was erased on {longDate(inspection.personalDataErasedAt)}.</p>
        ) : (
          <>
            <p className="govuk-body">
              {inspection.personalDataErasureDue
                ? `The retention rule would erase it on ${longDate(inspection.personalDataErasureDue)}.`
                : 'Only a published inspection’s personal data can be erased.'}{' '}
              Erasing now removes the case files’ references, officers and the facts the figures do not need, answer and
              validation comments, evidence descriptions, meeting notes, the uploaded case list, and the personal values
              in the audit log.
            </p>
            <p className="govuk-body">What remains: {inspection.afterErasureRemains}</p>
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                This cannot be undone, and a restored backup erases it again.
              </strong>
            </div>
            <form onSubmit={(event) => void onSubmit(event)} noValidate>
              <TextAreaField
                id="erase-reason"
                label="Why erase it now?"
                labelClass="govuk-label--s"
                hint="Recorded with the erasure and your name."
                rows={3}
                error={errorMessage(problems, 'erase-reason')}
                value={reason}
                onChange={setReason}
              />
              <FormButtons submit="Erase personal data" busy={busy} variant="warning">
                <Link to="/admin/personal-data">Cancel</Link>
              </FormButtons>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
