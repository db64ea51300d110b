// A new token's secret, shown once: it takes the focus so the administrator can copy it straight away.
import { FormGroup } from '@scrutiny/ui';
import { useEffect, useRef } from 'react';

export function CreatedTokenPanel({
  created,
  onDone,
}: {
  created: { name: string; token: string };
  onDone: () => void;
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, [created]);
  return (
    <div className="govuk-inset-text" ref={panel} tabIndex={-1} aria-labelledby="created-title">
      <h2 className="govuk-heading-m" id="created-title">
        Token “{created.name}” created
      </h2>
      <FormGroup
        id="new-token"
        label="The token"
        labelClass="govuk-label--s"
        hint="Copy it now (select it and press Ctrl+C, or Command+C on a Mac) and give it to its holder safely. It will not be shown again: if it is lost, revoke it and create another."
      >
        <input
          className="govuk-input app-token-secret"
          id="new-token"
          readOnly
          spellCheck={false}
          autoComplete="off"
          aria-describedby="new-token-hint"
          value={created.token}
          onFocus={(event) => event.currentTarget.select()}
        />
      </FormGroup>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onDone}>
        I have copied the token
      </button>
    </div>
  );
}
