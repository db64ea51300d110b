// Says, on every page, how many answers this device still holds unsent and why, with a way to the sync page.
import { Link } from '../routing/router.tsx';
import { useSaveQueue } from './use-save-queue.ts';

const answers = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;

export function SaveQueueBanner({ signedIn }: { signedIn: boolean }) {
  const { state, connection, othersWaiting } = useSaveQueue();
  const unsent = state.entries.length;
  const problems = state.conflicts.length + state.refusals.length;
  const messages: string[] = [];
  if (unsent > 0 && connection === 'signed-out')
    messages.push(
      `${answers(unsent)} ${unsent === 1 ? 'is' : 'are'} kept on this device: ${signedIn ? 'they will be sent shortly' : 'sign in to send them'}.`,
    );
  else if (unsent > 0 && connection === 'retrying')
    messages.push(
      `${answers(unsent)} ${unsent === 1 ? 'is' : 'are'} not saved yet — Scrutiny cannot be reached. They are kept on this device and will be sent when the connection returns.`,
    );
  else if (unsent > 0) messages.push(`${answers(unsent)} ${unsent === 1 ? 'is' : 'are'} being sent.`);
  if (problems > 0)
    messages.push(`${answers(problems)} could not be saved and ${problems === 1 ? 'needs' : 'need'} your decision.`);
  if (othersWaiting > 0)
    messages.push(
      `${answers(othersWaiting)} given on this device by ${signedIn ? 'someone else' : 'someone'} ${othersWaiting === 1 ? 'waits' : 'wait'} for them to sign in here.`,
    );
  return (
    <div role="status" className="govuk-!-margin-top-4" data-testid="save-queue-status">
      {messages.length > 0 ? (
        <div className="govuk-warning-text govuk-!-margin-bottom-0">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            {messages.join(' ')}
            {signedIn && (unsent > 0 || problems > 0) ? (
              <>
                {' '}
                <Link to="/sync">Waiting answers</Link>
              </>
            ) : null}
          </strong>
        </div>
      ) : null}
    </div>
  );
}
