// The confirmation before deactivating someone or clearing their two-factor sign-in.
import type { Ref } from 'react';
import { ErrorSummary, type FormProblem } from '@scrutiny/ui';

export type Confirming = { kind: 'deactivate' | 'two-factor'; id: string; name: string } | null;

export function ConfirmPersonAction({
  confirming,
  problems,
  busy,
  headingRef,
  onConfirm,
  onCancel,
}: {
  confirming: NonNullable<Confirming>;
  problems: readonly FormProblem[];
  busy: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <h1 className="govuk-heading-l" ref={headingRef} tabIndex={-1}>
          {confirming.kind === 'deactivate'
            ? `Deactivate ${confirming.name}?`
            : `Clear ${confirming.name}’s two-factor sign-in?`}
        </h1>
        <p className="govuk-body">
          {confirming.kind === 'deactivate'
            ? 'They are signed out everywhere at once, cannot sign in, and any link they were sent stops working. Their work stays as it is. You can reactivate them later.'
            : 'Their authenticator app and recovery codes stop working, and they are signed out. Do this only when you are sure who asked.'}
        </p>
        <div className="govuk-button-group">
          <button
            type="button"
            id="confirm-action"
            className="govuk-button govuk-button--warning"
            disabled={busy}
            onClick={onConfirm}
          >
            {confirming.kind === 'deactivate' ? 'Deactivate' : 'Clear two-factor sign-in'}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
