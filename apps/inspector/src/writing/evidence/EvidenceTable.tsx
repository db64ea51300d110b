// The documents and other evidence examined, in the order recorded, with the meeting each came from.
import { Table } from '@scrutiny/ui';
import { evidenceKindLabel, longDate } from '../labels.ts';
import type { Meeting } from './MeetingForm.tsx';

export function EvidenceTable({
  items,
  meetings,
}: {
  items: readonly {
    id: string;
    title: string;
    kind: string;
    description: string | null;
    meeting?: { id: string } | null;
  }[];
  meetings: readonly Meeting[];
}) {
  return (
    <>
      {items.length ? (
        <Table
          caption={{ text: 'Evidence, in the order recorded', size: 's' }}
          rows={items}
          columns={[
            { header: 'Title', rowHeader: true, cell: (item) => item.title },
            { header: 'Kind', cell: (item) => evidenceKindLabel(item.kind) },
            { header: 'What it shows', cellClassName: 'app-pre-line', cell: (item) => item.description ?? '–' },
            {
              header: 'Meeting',
              cell: (item) => {
                const meeting = meetings.find((m) => m.id === item.meeting?.id);
                return meeting ? `${meeting.attendees}, ${longDate(meeting.heldOn)}` : '–';
              },
            },
          ]}
        />
      ) : (
        <p className="govuk-body">No evidence recorded yet.</p>
      )}
    </>
  );
}
