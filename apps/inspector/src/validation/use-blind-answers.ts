// The second marker's answers while marking blind: each question's draft, its save state, and a save that keeps only
// the latest answer to a question.
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import type { SaveState } from '../components/QuestionField.tsx';
import { isAssessed } from '../pages/case-file-model.ts';
import type { AnswerDraft } from '../saving/queue-state.ts';
import { RecordValidationMutation } from './documents.ts';
import { draftOf, type MarkingQuestion } from './marking.ts';

export function useBlindAnswers(caseFileId: string) {
  const [, record] = useMutation(RecordValidationMutation);
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const latest = useRef<Record<string, number>>({});

  const draft = (q: MarkingQuestion) => drafts[q.measureKey] ?? draftOf(q.validation);
  const stateOf = (q: MarkingQuestion): SaveState => {
    const known = states[q.measureKey];
    if (known) return known;
    if (q.validation) return 'saved';
    const d = draft(q);
    if (d.value && !isAssessed(d)) return 'needs-reason';
    return 'none';
  };

  const setDraft = (measureKey: string, next: AnswerDraft) => {
    setDrafts((all) => ({ ...all, [measureKey]: next }));
    if (next.value === NOT_APPLICABLE_VALUE && !next.reason?.trim())
      setStates((s) => ({ ...s, [measureKey]: 'needs-reason' }));
  };

  const save = async (measureKey: string, given: AnswerDraft) => {
    const attempt = (latest.current[measureKey] ?? 0) + 1;
    latest.current[measureKey] = attempt;
    setStates((s) => ({ ...s, [measureKey]: 'saving' }));
    const outcome = await record({
      input: {
        caseFileId: caseFileId,
        measureKey,
        value: given.value,
        reason: given.value === NOT_APPLICABLE_VALUE ? (given.reason?.trim() ?? null) : null,
        comment: given.comment?.trim() || null,
      },
    });
    if (latest.current[measureKey] !== attempt) return; // a later answer to the same question is on its way
    const payload = outcome.data?.recordValidation;
    if (payload?.__typename === 'MutationRecordValidationSuccess') {
      setStates((s) => ({ ...s, [measureKey]: 'saved' }));
      return;
    }
    const message =
      payload && 'message' in payload ? payload.message : 'Scrutiny could not be reached. Give the answer again.';
    setRefusals((r) => ({ ...r, [measureKey]: message }));
    setStates((s) => ({ ...s, [measureKey]: 'refused' }));
  };

  return { draft, stateOf, setDraft, save, refusals };
}
