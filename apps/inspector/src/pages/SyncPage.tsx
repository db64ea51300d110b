// Everything of the signed-in person's that has not reached the server: saves waiting to be sent, saves the
// server refused, and conflicts with a newer answer, each with what can be done about it.
import { useEffect } from 'react';
import { saveQueue } from '../app-client.ts';
import { useSaveQueue } from '../components/use-save-queue.ts';
import { Link } from '../routing/router.tsx';
import type { AnswerDraft, SaveLabel } from '../saving/queue-state.ts';
import { Section } from '@scrutiny/ui';

function where(item: { caseFileId: string; measureKey: string; label?: SaveLabel }) {
  return item.label ? `${item.label.caseFile}: ${item.label.question}` : `${item.caseFileId}: ${item.measureKey}`;
}

function describe(answer: AnswerDraft): string {
  return [
    answer.value,
    answer.reason ? `reason: ${answer.reason}` : null,
    answer.comment ? `comment: ${answer.comment}` : null,
  ]
    .filter(Boolean)
    .join('; ');
}

export function SyncPage() {
  const { state, connection } = useSaveQueue();
  useEffect(() => {
    document.title = 'Answers waiting to be sent – Scrutiny';
  }, []);
  const nothing = state.entries.length + state.conflicts.length + state.refusals.length === 0;
  return (
    <>
      <h1 className="govuk-heading-l">Answers waiting to be sent</h1>
      {nothing ? <p className="govuk-body">Nothing is waiting to be sent: every answer you gave is saved.</p> : null}
      {state.entries.length > 0 ? (
        <Section headingId="waiting-heading" heading={<>Waiting ({state.entries.length})</>}>
          <p className="govuk-body">
            {connection === 'retrying'
              ? 'Scrutiny cannot be reached. These are kept on this device and sent when the connection returns.'
              : connection === 'signed-out'
                ? 'Sign in again to send these.'
                : 'These are being sent.'}
          </p>
          <ul className="govuk-list">
            {state.entries.map((entry) => (
              <li key={entry.id} data-testid="waiting-save">
                <Link to={`/case-files/${encodeURIComponent(entry.caseFileId)}`}>{where(entry)}</Link> —{' '}
                {describe(entry)}
              </li>
            ))}
          </ul>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => saveQueue.flushNow()}>
            Try sending now
          </button>
        </Section>
      ) : null}
      {state.refusals.length > 0 ? (
        <Section headingId="refused-heading" heading={<>Not saved ({state.refusals.length})</>}>
          <ul className="govuk-list">
            {state.refusals.map((refusal) => (
              <li key={`${refusal.caseFileId}|${refusal.measureKey}`} data-testid="refused-save">
                <Link to={`/case-files/${encodeURIComponent(refusal.caseFileId)}`}>{where(refusal)}</Link> —{' '}
                {describe(refusal.mine)}: {refusal.message}{' '}
                <button
                  type="button"
                  className="app-link-button govuk-link"
                  onClick={() => saveQueue.dismissRefusal(refusal.caseFileId, refusal.measureKey)}
                >
                  Discard this answer<span className="govuk-visually-hidden"> ({where(refusal)})</span>
                </button>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {state.conflicts.length > 0 ? (
        <Section headingId="conflicts-heading" heading={<>Changed meanwhile ({state.conflicts.length})</>}>
          {state.conflicts.map((conflict) => (
            <div
              key={`${conflict.caseFileId}|${conflict.measureKey}`}
              className="govuk-inset-text"
              data-testid="sync-conflict"
            >
              <p className="govuk-body govuk-!-font-weight-bold">
                <Link to={`/case-files/${encodeURIComponent(conflict.caseFileId)}`}>{where(conflict)}</Link>
              </p>
              <p className="govuk-body">
                Yours: {describe(conflict.mine)}. Saved meanwhile by {conflict.theirs.answeredBy}:{' '}
                {describe(conflict.theirs)}.
              </p>
              <div className="govuk-button-group govuk-!-margin-bottom-0">
                <button
                  type="button"
                  className="govuk-button govuk-!-margin-bottom-0"
                  onClick={() => saveQueue.keepMine(conflict.caseFileId, conflict.measureKey)}
                >
                  Keep mine<span className="govuk-visually-hidden"> ({where(conflict)})</span>
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => saveQueue.takeTheirs(conflict.caseFileId, conflict.measureKey)}
                >
                  Take theirs<span className="govuk-visually-hidden"> ({where(conflict)})</span>
                </button>
              </div>
            </div>
          ))}
        </Section>
      ) : null}
    </>
  );
}
