// Adding a good practice example to a criterion, or changing one: an optional title and the example.
import { useState, type FormEvent, type RefObject } from 'react';
import { useMutation } from 'urql';
import { ErrorSummary, type FormProblem, TextAreaField, TextField, FormButtons } from '@scrutiny/ui';
import { AddGoodPracticeMutation, UpdateGoodPracticeMutation } from '../documents.ts';
import { problemOf } from '../outcome.ts';
import type { GoodPractice } from './criterion-writing.ts';

export function GoodPracticeForm({
  inspectionId,
  criterionCode,
  practice,
  headingRef,
  onDone,
  onCancel,
}: {
  inspectionId: string;
  criterionCode: string;
  practice: GoodPractice | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [, add] = useMutation(AddGoodPracticeMutation);
  const [, update] = useMutation(UpdateGoodPracticeMutation);
  const [title, setTitle] = useState(practice?.title ?? '');
  const [text, setText] = useState(practice?.text ?? '');
  const [problems, setProblems] = useState<FormProblem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblems([{ field: 'practice-text', message: 'Enter the good practice example' }]);
      return;
    }
    let message: string | null;
    if (practice) {
      const answer = await update({ input: { goodPracticeId: practice.id, title, text: text.trim() } });
      message = problemOf(answer, answer.data?.updateGoodPractice);
    } else {
      const answer = await add({ input: { inspectionId, criterionCode, title, text: text.trim() } });
      message = problemOf(answer, answer.data?.addGoodPractice);
    }
    if (message) return setProblems([{ message }]);
    onDone(
      practice ? 'The good practice example was changed.' : `A good practice example was added to ${criterionCode}.`,
    );
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="practice-form-heading">
      <h3 className="govuk-heading-s" id="practice-form-heading" tabIndex={-1} ref={headingRef}>
        {practice ? 'Change the good practice example' : `Add a good practice example to ${criterionCode}`}
      </h3>
      <ErrorSummary problems={problems} />
      <TextField id="practice-title" label="Title (optional)" value={title} onChange={setTitle} />
      <TextAreaField
        id="practice-text"
        label="The example"
        hint="Described so that no person can be identified."
        value={text}
        onChange={setText}
        error={problems.find((p) => p.field === 'practice-text')?.message}
      />
      <FormButtons submit={practice ? 'Save the example' : 'Add the example'} onCancel={practice ? onCancel : null} />
    </form>
  );
}
