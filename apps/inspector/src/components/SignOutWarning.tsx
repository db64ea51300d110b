// Shown instead of signing out while the person's answers are still waiting to be sent.
import { useEffect, useRef } from 'react';
import { Link } from '../routing/router.tsx';

export function SignOutWarning(props: { unsent: number; onWait: () => void; onSignOut: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = 'Answers not sent yet – Scrutiny';
    heading.current?.focus();
  }, []);
  const one = props.unsent === 1;
  return (
    <div data-testid="sign-out-warning">
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        {props.unsent} {one ? 'answer has' : 'answers have'} not been sent yet
      </h1>
      <p className="govuk-body">
        {one ? 'It is' : 'They are'} kept on this device. If you sign out now, {one ? 'it waits' : 'they wait'} here
        until you sign in on this device again: nobody else can send {one ? 'it' : 'them'}. Your case files kept offline
        are removed from this device when you sign out.
      </p>
      <p className="govuk-body">
        <Link to="/sync">See the answers waiting to be sent</Link>
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={props.onWait}>
          {one ? 'Wait until it is sent' : 'Wait until they are sent'}
        </button>
        <button type="button" className="govuk-button govuk-button--warning" onClick={props.onSignOut}>
          Sign out anyway
        </button>
      </div>
    </div>
  );
}
