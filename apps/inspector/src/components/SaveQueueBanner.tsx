// Says, on every page, how many answers this device still holds unsent and why.
import { useSaveQueue } from './use-save-queue.ts';

export function SaveQueueBanner({ signedIn }: { signedIn: boolean }) {
  const { state, connection } = useSaveQueue();
  const unsent = state.entries.length;
  let message = '';
  if (unsent > 0 && connection === 'signed-out')
    message = `${unsent} ${unsent === 1 ? 'answer is' : 'answers are'} kept on this device: ${signedIn ? 'they will be sent shortly' : 'sign in to send them'}.`;
  else if (unsent > 0 && connection === 'retrying')
    message = `${unsent} ${unsent === 1 ? 'answer is' : 'answers are'} not saved yet — Scrutiny cannot be reached. They are kept on this device and will be sent when the connection returns.`;
  return (
    <div role="status" className="govuk-!-margin-top-4" data-testid="save-queue-status">
      {message ? (
        <div className="govuk-warning-text govuk-!-margin-bottom-0">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">{message}</strong>
        </div>
      ) : null}
    </div>
  );
}
