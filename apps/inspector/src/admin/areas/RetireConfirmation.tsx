// The confirmation page before an area or a comparison group is retired: what retiring does, then the warning
// button or a way back. Its heading takes the focus, so a screen reader announces the question.
import { useEffect, useRef } from 'react';
import { ErrorSummary, type FormProblem } from '@scrutiny/ui';

export interface Retiring {
  kind: 'area' | 'group';
  id: string;
  name: string;
}

const CONSEQUENCE: Record<Retiring['kind'], string> = {
  area: 'No new inspection can be planned for a retired area. Every inspection and figure of it stays readable.',
  group:
    'A retired comparison group is offered for no area any more. The areas in it keep it, with their inspections ' +
    'and figures, and it can be restored.',
};

export function RetireConfirmation(props: {
  retiring: Retiring;
  problems: readonly FormProblem[];
  busy: boolean;
  onRetire: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const what = props.retiring.kind === 'area' ? props.retiring.name : `the comparison group ${props.retiring.name}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={props.problems} />
        <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
          Retire {what}?
        </h1>
        <p className="govuk-body">{CONSEQUENCE[props.retiring.kind]}</p>
        <div className="govuk-button-group">
          <button
            type="button"
            id="retire-confirm"
            className="govuk-button govuk-button--warning"
            disabled={props.busy}
            onClick={props.onRetire}
          >
            {props.retiring.kind === 'area' ? 'Retire the area' : 'Retire the comparison group'}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
