// Two answers to one question saved at once: both shown, and the assessor keeps theirs or takes the other.
import type { AnswerDraft, SaveConflict } from '../../saving/queue-state.ts';

export function ConflictPanel(props: {
  conflict: SaveConflict;
  /** The other answer is the same person's, from another tab or device. */
  mineToo: boolean;
  labelOf: (value: string) => string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { mine, theirs } = props.conflict;
  const describe = (answer: AnswerDraft) =>
    [
      props.labelOf(answer.value),
      answer.reason ? `reason: ${answer.reason}` : null,
      answer.comment ? `comment: ${answer.comment}` : null,
    ]
      .filter(Boolean)
      .join('; ');
  return (
    <div className="govuk-inset-text govuk-!-margin-top-2" role="alert" data-testid="answer-conflict">
      <p className="govuk-body govuk-!-font-weight-bold">
        {props.mineToo
          ? 'You changed this answer in another tab or on another device after this page showed it.'
          : `${theirs.answeredBy} changed this answer while you were answering it.`}
      </p>
      <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-3">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{props.mineToo ? 'Your answer here' : 'Your answer'}</dt>
          <dd className="govuk-summary-list__value">{describe(mine)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">
            {props.mineToo ? 'Your saved answer' : `${theirs.answeredBy}’s answer`}
          </dt>
          <dd className="govuk-summary-list__value">{describe(theirs)}</dd>
        </div>
      </dl>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={props.onKeepMine}>
          Keep my answer
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={props.onTakeTheirs}
        >
          {props.mineToo ? 'Use your saved answer' : `Use ${theirs.answeredBy}’s answer`}
        </button>
      </div>
    </div>
  );
}
