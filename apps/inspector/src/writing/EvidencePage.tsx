// Meetings and evidence (DOMAIN.md § The work, step 5): who the inspectors met and when, their notes, and the
// documents they examined. Admin officers schedule meetings; the inspectors write the notes and record evidence.
// The parts live in evidence/.
import { useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { EvidencePageQuery, RemoveMeetingMutation } from './documents.ts';
import { Done, ErrorSummary } from '@scrutiny/ui';
import { longDate } from './labels.ts';
import { problemOf } from './outcome.ts';
import { Loading, WritingFrame } from './WritingFrame.tsx';
import { MeetingForm, type Meeting } from './evidence/MeetingForm.tsx';
import { EvidenceForm } from './evidence/EvidenceForm.tsx';
import { MeetingsTable } from './evidence/MeetingsTable.tsx';
import { EvidenceTable } from './evidence/EvidenceTable.tsx';

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
      <MeetingsTable
        meetings={meetings}
        published={inspection.published}
        onChange={(meeting) => {
          setDone(null);
          setEditing(meeting);
          requestAnimationFrame(() => formHeading.current?.focus());
        }}
        onRemove={(meeting) => void remove(meeting)}
      />

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
      <EvidenceTable items={inspection.evidenceItems} meetings={meetings} />
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
