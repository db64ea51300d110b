// One framework question on the assessment page: its answers as radios (plus "Not applicable" with a reason),
// a comment, and whether the answer is saved. A choice is saved once it settles: at once when clicked or chosen
// with Space, but when moved to with the arrow keys only after a pause or when focus leaves the group, so the
// answers passed on the way are never saved. A comment or reason is saved as it is typed, after a pause.
import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import { saveQueue } from '../app-client.ts';
import type { AnswerDraft, SaveConflict, SaveRefusal } from '../saving/queue-state.ts';

export interface AnswerOption {
  value: string;
  label: string;
}

export type SaveState = 'saved' | 'saving' | 'retrying' | 'conflict' | 'refused' | 'needs-reason' | 'unsaved' | 'none';

interface Props {
  caseFileId: string;
  measureKey: string;
  text: string;
  derivation: string | null;
  /** False when the case's dates cannot settle the question (a missing date): the assessor's answer does. */
  derivationSettled?: boolean;
  /** Prompts the framework gives to weigh before answering: guidance, not questions of their own. */
  prompts?: readonly string[];
  options: readonly AnswerOption[];
  draft: AnswerDraft;
  saveState: SaveState;
  conflict: SaveConflict | undefined;
  refusal: SaveRefusal | undefined;
  readOnly: boolean;
  /** Who is answering: a conflict with their own answer (another tab or device) is "your answer". */
  viewerName: string;
  /** The page tried to save "Not applicable" without its reason. */
  reasonMissing: boolean;
  onDraft: (draft: AnswerDraft) => void;
  /** Saves the answer now; `draft` is what to save, the page supplies the version the user saw. */
  onSave: (draft: AnswerDraft) => void;
  /** Saves the answer once it settles: a choice after a short rest, typing after a pause (or on leaving the page). */
  onSaveSoon: (draft: AnswerDraft, settle: 'choice' | 'typing') => void;
  onTakeTheirs: (conflict: SaveConflict) => void;
}

export function fieldId(measureKey: string): string {
  return `q-${measureKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function QuestionField(props: Props) {
  const { measureKey, text, options, draft, saveState, conflict, refusal, readOnly } = props;
  const id = fieldId(measureKey);
  const [reasonBlurred, setReasonBlurred] = useState(false);
  const all = [...options, { value: NOT_APPLICABLE_VALUE, label: 'Not applicable' }];
  const notApplicable = draft.value === NOT_APPLICABLE_VALUE;
  const reasonError = notApplicable && !draft.reason?.trim() && (reasonBlurred || props.reasonMissing);
  // Set by an arrow key just before the change it causes: that choice is still moving, not yet made.
  const arrowed = useRef(false);
  // A choice moved to with the arrow keys and not yet settled.
  const unsettled = useRef(false);

  const choose = (value: string) => {
    const next = { ...draft, value };
    if (arrowed.current) {
      arrowed.current = false;
      unsettled.current = true;
      props.onSaveSoon(next, 'choice');
      return;
    }
    unsettled.current = false;
    props.onSave(next);
  };

  const onRadioKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    arrowed.current = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.key);
  };

  // Focus leaving the group settles a choice made with the arrow keys.
  const onGroupBlur = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (!unsettled.current) return;
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    unsettled.current = false;
    props.onSave(draft);
  };

  // The text a box held when it took focus: leaving it unchanged saves nothing.
  const textAtFocus = useRef<string | null>(null);
  const onTextFocus = (text: string | null) => {
    textAtFocus.current = text ?? '';
  };

  const onReasonBlur = () => {
    if (!notApplicable) return;
    setReasonBlurred(true);
    if (draft.reason?.trim() && (draft.reason ?? '') !== textAtFocus.current) props.onSave(draft);
  };

  const onCommentBlur = () => {
    // A comment travels with the answer: without an answer there is nothing to save it on yet (it stays a draft).
    if ((draft.comment ?? '') !== textAtFocus.current) props.onSave(draft);
  };

  const prompts = props.prompts ?? [];
  const hintIds = [
    props.derivation ? `${id}-derivation` : null,
    prompts.length > 0 ? `${id}-prompts` : null,
    `${id}-status`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="app-question" data-question={measureKey}>
      <div className={`govuk-form-group govuk-!-margin-bottom-3${reasonError ? ' govuk-form-group--error' : ''}`}>
        <fieldset
          className="govuk-fieldset"
          id={id}
          aria-describedby={hintIds}
          disabled={readOnly}
          onBlur={onGroupBlur}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{text}</legend>
          {props.derivation ? (
            <div className="govuk-hint" id={`${id}-derivation`}>
              {props.derivationSettled === false
                ? `The case’s dates cannot settle this (${props.derivation}): answer it from the file.`
                : `From the case’s dates: ${props.derivation}`}
            </div>
          ) : null}
          {prompts.length > 0 ? (
            <div className="govuk-hint" id={`${id}-prompts`} data-testid="question-prompts">
              <span className="govuk-visually-hidden">Prompts: </span>
              <ul className="govuk-list govuk-list--bullet govuk-hint govuk-!-margin-bottom-1">
                {prompts.map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
            {all.map((option) => {
              const optionId = `${id}-${option.value}`;
              return (
                <div className="govuk-radios__item" key={option.value}>
                  <input
                    className="govuk-radios__input"
                    id={optionId}
                    name={id}
                    type="radio"
                    value={option.value}
                    checked={draft.value === option.value}
                    onChange={() => choose(option.value)}
                    onKeyDown={onRadioKeyDown}
                    aria-controls={option.value === NOT_APPLICABLE_VALUE ? `${id}-reason-group` : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                </div>
              );
            })}
          </div>
          <div
            className={`govuk-radios__conditional${notApplicable ? '' : ' govuk-radios__conditional--hidden'}`}
            id={`${id}-reason-group`}
          >
            {notApplicable ? (
              <div className="govuk-form-group govuk-!-margin-bottom-2">
                <label className="govuk-label" htmlFor={`${id}-reason`}>
                  Why does this question not apply to this case?
                </label>
                {reasonError ? (
                  <p className="govuk-error-message" id={`${id}-reason-error`}>
                    <span className="govuk-visually-hidden">Error:</span> Enter why the question does not apply
                  </p>
                ) : null}
                <textarea
                  className={`govuk-textarea${reasonError ? ' govuk-textarea--error' : ''}`}
                  id={`${id}-reason`}
                  rows={2}
                  required
                  aria-required="true"
                  aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                  value={draft.reason ?? ''}
                  onChange={(e) => props.onSaveSoon({ ...draft, reason: e.target.value }, 'typing')}
                  onFocus={() => onTextFocus(draft.reason)}
                  onBlur={onReasonBlur}
                />
              </div>
            ) : null}
          </div>
        </fieldset>
      </div>
      <details className="govuk-details govuk-!-margin-bottom-2" open={Boolean(draft.comment) || undefined}>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            Comment<span className="govuk-visually-hidden"> on “{text}”</span>
          </span>
        </summary>
        <div className="govuk-details__text">
          <label className="govuk-label" htmlFor={`${id}-comment`}>
            Comment (optional)
          </label>
          <textarea
            className="govuk-textarea govuk-!-margin-bottom-0"
            id={`${id}-comment`}
            rows={2}
            disabled={readOnly}
            value={draft.comment ?? ''}
            onChange={(e) => props.onSaveSoon({ ...draft, comment: e.target.value }, 'typing')}
            onFocus={() => onTextFocus(draft.comment)}
            onBlur={onCommentBlur}
          />
        </div>
      </details>
      <p className="govuk-body-s govuk-!-margin-bottom-0" id={`${id}-status`} aria-live="polite">
        <SaveStatus state={saveState} refusal={refusal} />
      </p>
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          mineToo={conflict.theirs.answeredBy === props.viewerName}
          labelOf={(value) => all.find((o) => o.value === value)?.label ?? value}
          onKeepMine={() => saveQueue.keepMine(conflict.caseFileId, conflict.measureKey)}
          onTakeTheirs={() => props.onTakeTheirs(conflict)}
        />
      ) : null}
    </div>
  );
}

function SaveStatus({ state, refusal }: { state: SaveState; refusal: SaveRefusal | undefined }) {
  switch (state) {
    case 'saved':
      return <span className="app-save-status app-save-status--saved govuk-!-margin-left-0">Saved</span>;
    case 'saving':
      return <span className="app-save-status app-save-status--pending govuk-!-margin-left-0">Saving…</span>;
    case 'retrying':
      return (
        <span className="app-save-status app-save-status--pending govuk-!-margin-left-0">
          Not saved yet — will retry
        </span>
      );
    case 'unsaved':
      return (
        <span className="app-save-status app-save-status--pending govuk-!-margin-left-0">
          Not saved yet — saves when you pause
        </span>
      );
    case 'needs-reason':
      return (
        <span className="app-save-status app-save-status--pending govuk-!-margin-left-0">
          Not saved yet — give a reason
        </span>
      );
    case 'conflict':
      return (
        <span className="app-save-status app-save-status--problem govuk-!-margin-left-0">
          Not saved — someone else changed this answer
        </span>
      );
    case 'refused':
      return (
        <span className="app-save-status app-save-status--problem govuk-!-margin-left-0">
          Not saved: {refusal?.message}
        </span>
      );
    case 'none':
      return <span className="govuk-visually-hidden">Not answered</span>;
  }
}

function ConflictPanel(props: {
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
