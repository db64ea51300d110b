// Settling one disagreement: the answer the case file should have (the assessor's, the second marker's or another),
// with a note saying why; it becomes the answer that counts.
import { ErrorSummary, Radios, TextAreaField } from '@scrutiny/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import { fieldId, type AnswerOption } from '../components/QuestionField.tsx';
import { ResolveValidationMutation } from './documents.ts';
import type { MarkingQuestion } from './marking.ts';

export function ResolveForm(props: {
  question: MarkingQuestion;
  assessorName: string;
  options: readonly AnswerOption[];
  onResolved: (label: string) => void;
}) {
  const { question } = props;
  const v = question.validation!;
  const [, resolve] = useMutation(ResolveValidationMutation);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const id = `resolve-${fieldId(question.measureKey)}`;
  const all = [...props.options, { value: NOT_APPLICABLE_VALUE, label: 'Not applicable' }];
  const whose = (option: string) =>
    [option === v.assessorValue ? `${props.assessorName}’s answer` : null, option === v.value ? 'your answer' : null]
      .filter(Boolean)
      .join(' and ');

  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const onSubmit = async () => {
    const found: { field: string; message: string }[] = [];
    if (!value) found.push({ field: `${id}-value`, message: 'Choose the answer the case file should have' });
    if (value === NOT_APPLICABLE_VALUE && !reason.trim())
      found.push({ field: `${id}-reason`, message: 'Enter why the question does not apply' });
    if (!note.trim()) found.push({ field: `${id}-note`, message: 'Enter a note saying why' });
    if (found.length) {
      setErrors(found);
      return;
    }
    const outcome = (
      await resolve({
        input: {
          validationId: v.id,
          value,
          reason: value === NOT_APPLICABLE_VALUE ? reason.trim() : null,
          note: note.trim(),
        },
      })
    ).data?.resolveValidation;
    if (outcome?.__typename === 'MutationResolveValidationSuccess') {
      setErrors([]);
      props.onResolved(all.find((o) => o.value === value)?.label ?? value);
      return;
    }
    setErrors([
      {
        field: `${id}-value`,
        message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
      },
    ]);
  };

  return (
    <div className="app-question" id={id} data-resolve={question.measureKey}>
      <h3 className="govuk-heading-s">{question.text}</h3>
      <ErrorSummary title="The disagreement was not resolved" headingLevel={4} problems={errors} />
      <Radios
        id={`${id}-value`}
        fieldsetId={`${id}-value`}
        legend={
          <>
            What should the answer be?<span className="govuk-visually-hidden"> “{question.text}”</span>
          </>
        }
        error={errorOf(`${id}-value`)}
        small
        options={all.map((option) => {
          const note = whose(option.value);
          return {
            value: option.value,
            label: `${option.label}${note ? ` (${note})` : ''}`,
            id: `${id}-${option.value}`,
          };
        })}
        value={value}
        onChange={setValue}
      />
      {value === NOT_APPLICABLE_VALUE ? (
        <TextAreaField
          id={`${id}-reason`}
          label="Why does this question not apply to this case?"
          rows={2}
          error={errorOf(`${id}-reason`)}
          value={reason}
          onChange={setReason}
        />
      ) : null}
      <TextAreaField
        id={`${id}-note`}
        label={
          <>
            Note: why this answer<span className="govuk-visually-hidden"> to “{question.text}”</span>
          </>
        }
        rows={2}
        error={errorOf(`${id}-note`)}
        value={note}
        onChange={setNote}
      />
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void onSubmit()}>
        Resolve<span className="govuk-visually-hidden"> “{question.text}”</span>
      </button>
    </div>
  );
}
