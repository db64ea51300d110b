// Recording a document or other evidence examined, and the meeting it came from.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { AddEvidenceMutation } from '../documents.ts';
import {
  ErrorSummary,
  type FormProblem,
  RadiosField,
  SelectField,
  TextAreaField,
  TextField,
  SubmitButton,
} from '@scrutiny/ui';
import { EVIDENCE_KINDS, longDate, type EvidenceKind } from '../labels.ts';
import { problemOf } from '../outcome.ts';
import type { Meeting } from './MeetingForm.tsx';

export function EvidenceForm({
  inspectionId,
  meetings,
  onDone,
}: {
  inspectionId: string;
  meetings: readonly Meeting[];
  onDone: (message: string) => void;
}) {
  const [, addEvidence] = useMutation(AddEvidenceMutation);
  const [kind, setKind] = useState('DOCUMENT');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setProblems([{ field: 'evidence-title', message: 'Enter the title of the evidence' }]);
      return;
    }
    const answer = await addEvidence({
      input: {
        inspectionId,
        kind: kind as EvidenceKind,
        title: title.trim(),
        description,
        meetingId: meetingId || null,
      },
    });
    const message = problemOf(answer, answer.data?.addEvidence);
    if (message) {
      setProblems([{ message }]);
      return;
    }
    setProblems([]);
    setTitle('');
    setDescription('');
    setMeetingId('');
    onDone(`${title.trim()} was recorded as evidence.`);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="evidence-form-heading">
      <h3 className="govuk-heading-s" id="evidence-form-heading">
        Record evidence examined
      </h3>
      <ErrorSummary problems={problems} />
      <RadiosField
        id="evidence-kind"
        legend="Kind of evidence"
        options={EVIDENCE_KINDS}
        value={kind}
        onChange={setKind}
        small
      />
      <TextField
        id="evidence-title"
        label="Title"
        hint="For example: the area's ESI improvement plan"
        value={title}
        onChange={setTitle}
        error={problems.find((p) => p.field === 'evidence-title')?.message}
      />
      <TextAreaField
        id="evidence-description"
        label="What it shows (optional)"
        value={description}
        onChange={setDescription}
      />
      <SelectField
        id="evidence-meeting"
        label="Examined at a meeting (optional)"
        options={[
          { value: '', label: 'Not at a meeting' },
          ...meetings.map((m) => ({ value: m.id, label: `${m.attendees}, ${longDate(m.heldOn)}` })),
        ]}
        value={meetingId}
        onChange={setMeetingId}
      />
      <SubmitButton>Record the evidence</SubmitButton>
    </form>
  );
}
