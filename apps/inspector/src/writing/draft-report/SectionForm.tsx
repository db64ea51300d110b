// One section of the draft report in words, saved on its own.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { SetReportTextMutation } from '../documents.ts';
import { ErrorSummary, type FormProblem, TextAreaField, TextField, SubmitButton } from '@scrutiny/ui';
import { problemOf } from '../outcome.ts';

export function SectionForm({
  inspectionId,
  section,
  text,
  published,
  onDone,
}: {
  inspectionId: string;
  section: { key: string; title: string; description: string };
  text: { text: string; signedBy: string | null } | null;
  published: boolean;
  onDone: (message: string) => void;
}) {
  const [, setReportText] = useMutation(SetReportTextMutation);
  const [value, setValue] = useState(text?.text ?? '');
  const [signedBy, setSignedBy] = useState(text?.signedBy ?? '');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const id = `section-${section.key.toLowerCase()}`;
  const signed = section.key === 'FOREWORD';

  if (published)
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h3 className="govuk-heading-s" id={`${id}-heading`}>
          {section.title}
        </h3>
        <p className="govuk-body app-pre-line">{text?.text ?? 'Not written.'}</p>
      </section>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setProblems([{ field: id, message: `Enter the text of the ${section.title.toLowerCase()}` }]);
      return;
    }
    const answer = await setReportText({
      input: { inspectionId, section: section.key, text: value, ...(signed ? { signedBy } : {}) },
    });
    const message = problemOf(answer, answer.data?.setReportText);
    if (message) return setProblems([{ message }]);
    setProblems([]);
    onDone(`${section.title} saved.`);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="govuk-!-margin-bottom-6">
      <ErrorSummary problems={problems} />
      <TextAreaField
        id={id}
        label={section.title}
        labelClass="govuk-label--s"
        hint={`${section.description} Leave a blank line between paragraphs; start a line with “- ” for a bullet.`}
        value={value}
        onChange={setValue}
        error={problems.find((p) => p.field === id)?.message}
        rows={section.key === 'FOREWORD' || section.key === 'SUMMARY' ? 8 : 4}
      />
      {signed ? (
        <TextField
          id={`${id}-signed-by`}
          label="Signed by (optional)"
          hint="For example: Andrew Bridges, HM Chief Inspector of Probation"
          value={signedBy}
          onChange={setSignedBy}
        />
      ) : null}
      <SubmitButton variant="secondary">Save the {section.title.toLowerCase()}</SubmitButton>
    </form>
  );
}
