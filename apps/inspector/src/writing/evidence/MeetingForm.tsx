// Scheduling a meeting or changing one: when, who was met, what kind, and (inspectors only) the notes.
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { AddMeetingMutation, UpdateMeetingMutation } from '../documents.ts';
import {
  DateInput,
  datePartsOf,
  EMPTY_DATE,
  ErrorSummary,
  type DateParts,
  type FormProblem,
  RadiosField,
  readDate,
  TextAreaField,
  TextField,
  FormButtons,
} from '@scrutiny/ui';
import { MEETING_KINDS, longDate, type MeetingKind } from '../labels.ts';
import { problemOf } from '../outcome.ts';

export function MeetingForm({
  inspectionId,
  meeting,
  writesNotes,
  headingRef,
  onDone,
  onCancel,
}: {
  inspectionId: string;
  meeting: Meeting | null;
  writesNotes: boolean;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [, addMeeting] = useMutation(AddMeetingMutation);
  const [, updateMeeting] = useMutation(UpdateMeetingMutation);
  const [heldOn, setHeldOn] = useState<DateParts>(meeting ? datePartsOf(meeting.heldOn) : EMPTY_DATE);
  const [kind, setKind] = useState(meeting?.kind ?? '');
  const [attendees, setAttendees] = useState(meeting?.attendees ?? '');
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const [problems, setProblems] = useState<FormProblem[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    // The GOV.UK date input: the summary links to the box that is wrong (the day's, when the date is not real).
    const date = readDate(heldOn, 'Date of the meeting');
    if (date.kind === 'empty') found.push({ field: 'meeting-date-day', message: 'Enter the date of the meeting' });
    else if (date.kind === 'problem') found.push({ field: `meeting-date-${date.field}`, message: date.message });
    if (!attendees.trim()) found.push({ field: 'meeting-attendees', message: 'Enter who was met' });
    if (!kind) found.push({ field: 'meeting-kind', message: 'Choose who the meeting was with' });
    setProblems(found);
    if (found.length || date.kind !== 'date') return;
    const fields = {
      heldOn: date.iso,
      attendees: attendees.trim(),
      kind: kind as MeetingKind,
      ...(writesNotes ? { notes } : {}),
    };
    const answer = meeting
      ? await updateMeeting({ input: { meetingId: meeting.id, ...fields } })
      : await addMeeting({ input: { inspectionId, ...fields } });
    const payload =
      answer.data && ('updateMeeting' in answer.data ? answer.data.updateMeeting : answer.data.addMeeting);
    const message = problemOf(answer, payload);
    if (message) {
      setProblems([{ message }]);
      return;
    }
    onDone(
      meeting
        ? `The meeting with ${attendees.trim()} was changed.`
        : `The meeting with ${attendees.trim()} on ${longDate(fields.heldOn)} was recorded.`,
    );
  };

  const field = (name: string) => problems.find((p) => p.field === name)?.message;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="meeting-form-heading">
      <h3 className="govuk-heading-s" id="meeting-form-heading" tabIndex={-1} ref={headingRef}>
        {meeting ? `Change the meeting with ${meeting.attendees}` : 'Record a meeting'}
      </h3>
      <ErrorSummary problems={problems} />
      <DateInput
        id="meeting-date"
        legend="Date of the meeting"
        hint="For example, 7 6 2006"
        value={heldOn}
        onChange={setHeldOn}
        error={problems.find((p) => p.field?.startsWith('meeting-date-'))?.message}
      />
      <RadiosField
        id="meeting-kind"
        legend="Who the meeting was with"
        options={MEETING_KINDS}
        value={kind}
        onChange={setKind}
        error={field('meeting-kind')}
        small
      />
      <TextField
        id="meeting-attendees"
        label="Who was met"
        hint="In the report's words, for example: A group of Board members"
        value={attendees}
        onChange={setAttendees}
        error={field('meeting-attendees')}
      />
      {writesNotes ? (
        <TextAreaField
          id="meeting-notes"
          label="Notes (optional)"
          hint="Seen only by the inspectorate's staff."
          value={notes}
          onChange={setNotes}
        />
      ) : (
        <p className="govuk-body">The inspectors write the notes of the meeting.</p>
      )}
      <FormButtons submit={meeting ? 'Save the meeting' : 'Record the meeting'} onCancel={meeting ? onCancel : null} />
    </form>
  );
}

export interface Meeting {
  id: string;
  heldOn: string;
  attendees: string;
  kind: string;
  notes: string | null;
}
