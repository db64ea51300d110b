// One framework question on the assessment page: its answers as radios (plus "Not applicable" with a reason),
// a comment, and whether the answer is saved. A choice is saved once it settles: at once when clicked or chosen
// with Space, but when moved to with the arrow keys only after a pause or when focus leaves the group, so the
// answers passed on the way are never saved. A comment or reason is saved as it is typed, after a pause. Its parts
// are in question-field/.
import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { FieldsetGroup } from '@scrutiny/ui';
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import { saveQueue } from '../app-client.ts';
import type { AnswerDraft, SaveConflict, SaveRefusal } from '../saving/queue-state.ts';
import { SaveStatus, type SaveState } from './question-field/SaveStatus.tsx';
import { ConflictPanel } from './question-field/ConflictPanel.tsx';
import { QuestionHints } from './question-field/QuestionHints.tsx';
import { AnswerRadios } from './question-field/AnswerRadios.tsx';
import { NotApplicableReason } from './question-field/NotApplicableReason.tsx';
import { AnswerComment } from './question-field/AnswerComment.tsx';

export interface AnswerOption {
  value: string;
  label: string;
}

export type { SaveState };

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
      <FieldsetGroup
        id={id}
        fieldsetId={id}
        legend={text}
        className="govuk-!-margin-bottom-3"
        inError={reasonError}
        describedBy={hintIds}
        disabled={readOnly}
        onBlur={onGroupBlur}
      >
        <QuestionHints
          id={id}
          derivation={props.derivation}
          derivationSettled={props.derivationSettled}
          prompts={prompts}
        />
        <AnswerRadios
          id={id}
          options={all}
          value={draft.value}
          onChoose={choose}
          onKeyDown={onRadioKeyDown}
          reason={
            <NotApplicableReason
              id={id}
              reason={draft.reason ?? ''}
              error={reasonError}
              onChange={(reason) => props.onSaveSoon({ ...draft, reason }, 'typing')}
              onFocus={() => onTextFocus(draft.reason)}
              onBlur={onReasonBlur}
            />
          }
        />
      </FieldsetGroup>
      <AnswerComment
        id={id}
        question={text}
        comment={draft.comment}
        readOnly={readOnly}
        onChange={(comment) => props.onSaveSoon({ ...draft, comment }, 'typing')}
        onFocus={() => onTextFocus(draft.comment)}
        onBlur={onCommentBlur}
      />
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
