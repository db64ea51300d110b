// Meetings and evidence (DOMAIN.md § The work, step 5): who the inspectors met and when, their notes, and the
// documents they examined. Admin officers schedule meetings; the inspectors write the notes and record evidence.
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  AddEvidenceMutation,
  AddMeetingMutation,
  EvidencePageQuery,
  RemoveMeetingMutation,
  UpdateMeetingMutation,
} from './documents.ts';
import {
  DateInput,
  datePartsOf,
  Done,
  EMPTY_DATE,
  ErrorSummary,
  type DateParts,
  type FormProblem,
  RadiosField,
  readDate,
  SelectField,
  TableRegion,
  TextAreaField,
  TextField,
} from '@scrutiny/ui';
import {
  EVIDENCE_KINDS,
  MEETING_KINDS,
  evidenceKindLabel,
  longDate,
  meetingKindLabel,
  type EvidenceKind,
  type MeetingKind,
} from './labels.ts';
import { problemOf } from './outcome.ts';
import { Loading, WritingFrame } from './WritingFrame.tsx';

interface Meeting {
  id: string;
  heldOn: string;
  attendees: string;
  kind: string;
  notes: string | null;
}

export function EvidencePage({ id, viewer }: { id: string; viewer: { role: string } }) {
  const [result, refetch] = useQuery({
    query: EvidencePageQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<Meeting | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [, removeMeeting] = useMutation(RemoveMeetingMutation);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const inspection = result.data?.inspection ?? null;
  if (!inspection) return <Loading found={false} fetching={result.fetching || !result.data} />;

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const writesNotes = viewer.role !== 'ADMIN_OFFICER';
  const meetings = inspection.meetings;

  const remove = async (meeting: Meeting) => {
    setDone(null);
    const answer = await removeMeeting({ input: { meetingId: meeting.id } });
    const message = problemOf(answer, answer.data?.removeMeeting);
    setProblem(message);
    if (!message) {
      if (editing?.id === meeting.id) setEditing(null);
      setDone(`The meeting with ${meeting.attendees} on ${longDate(meeting.heldOn)} was removed.`);
      reload();
    }
  };

  return (
    <WritingFrame inspection={inspection} heading="Meetings and evidence" current="evidence">
      <Done message={done} />
      {problem ? <ErrorSummary problems={[{ message: problem }]} /> : null}

      <h2 className="govuk-heading-m">Meetings</h2>
      <p className="govuk-body">
        Inspectors of the team, a chief inspector or an admin officer may schedule meetings. Only inspectors write their
        notes.
      </p>
      {meetings.length ? (
        <TableRegion>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Meetings, earliest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Date
                </th>
                <th scope="col" className="govuk-table__header">
                  Who was met
                </th>
                <th scope="col" className="govuk-table__header">
                  Notes
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {meetings.map((meeting) => (
                <tr className="govuk-table__row" key={meeting.id}>
                  <td className="govuk-table__cell">{longDate(meeting.heldOn)}</td>
                  <th scope="row" className="govuk-table__header">
                    {meeting.attendees}
                    <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular">
                      {meetingKindLabel(meeting.kind)}
                    </span>
                  </th>
                  <td className="govuk-table__cell app-pre-line">{meeting.notes ?? '–'}</td>
                  <td className="govuk-table__cell">
                    {inspection.published ? null : (
                      <div className="app-actions">
                        <button
                          type="button"
                          className="app-link-button"
                          onClick={() => {
                            setDone(null);
                            setEditing(meeting);
                            requestAnimationFrame(() => formHeading.current?.focus());
                          }}
                        >
                          Change<span className="govuk-visually-hidden"> the meeting with {meeting.attendees}</span>
                        </button>
                        <button type="button" className="app-link-button" onClick={() => void remove(meeting)}>
                          Remove<span className="govuk-visually-hidden"> the meeting with {meeting.attendees}</span>
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p className="govuk-body">No meetings recorded yet.</p>
      )}

      {inspection.published ? null : (
        <MeetingForm
          key={`meeting-${editing?.id ?? 'new'}`}
          inspectionId={inspection.id}
          meeting={editing}
          writesNotes={writesNotes}
          headingRef={formHeading}
          onDone={(message) => {
            setEditing(null);
            setProblem(null);
            setDone(message);
            reload();
          }}
          onCancel={() => {
            setEditing(null);
            requestAnimationFrame(() => formHeading.current?.focus());
          }}
        />
      )}

      <h2 className="govuk-heading-m govuk-!-margin-top-8">Documents and other evidence examined</h2>
      <p className="govuk-body">Only inspectors of the team or a chief inspector record evidence.</p>
      {inspection.evidenceItems.length ? (
        <TableRegion>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Evidence, in the order recorded</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Title
                </th>
                <th scope="col" className="govuk-table__header">
                  Kind
                </th>
                <th scope="col" className="govuk-table__header">
                  What it shows
                </th>
                <th scope="col" className="govuk-table__header">
                  Meeting
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {inspection.evidenceItems.map((item) => {
                const meeting = meetings.find((m) => m.id === item.meeting?.id);
                return (
                  <tr className="govuk-table__row" key={item.id}>
                    <th scope="row" className="govuk-table__header">
                      {item.title}
                    </th>
                    <td className="govuk-table__cell">{evidenceKindLabel(item.kind)}</td>
                    <td className="govuk-table__cell app-pre-line">{item.description ?? '–'}</td>
                    <td className="govuk-table__cell">
                      {meeting ? `${meeting.attendees}, ${longDate(meeting.heldOn)}` : '–'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p className="govuk-body">No evidence recorded yet.</p>
      )}
      {inspection.published ? null : (
        <EvidenceForm
          inspectionId={inspection.id}
          meetings={meetings}
          onDone={(message) => {
            setProblem(null);
            setDone(message);
            reload();
          }}
        />
      )}
    </WritingFrame>
  );
}

function MeetingForm({
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
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          {meeting ? 'Save the meeting' : 'Record the meeting'}
        </button>
        {meeting ? (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function EvidenceForm({
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
      <button type="submit" className="govuk-button">
        Record the evidence
      </button>
    </form>
  );
}
