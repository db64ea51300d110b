// The meetings of an inspection, earliest first, each with its change and remove actions while unpublished.
import { Table } from '@scrutiny/ui';
import { longDate, meetingKindLabel } from '../labels.ts';
import type { Meeting } from './MeetingForm.tsx';

export function MeetingsTable({
  meetings,
  published,
  onChange,
  onRemove,
}: {
  meetings: readonly Meeting[];
  published: boolean;
  onChange: (meeting: Meeting) => void;
  onRemove: (meeting: Meeting) => void;
}) {
  return (
    <>
      {meetings.length ? (
        <Table
          caption={{ text: 'Meetings, earliest first', size: 's' }}
          rows={meetings}
          columns={[
            { header: 'Date', cell: (meeting) => longDate(meeting.heldOn) },
            {
              header: 'Who was met',
              rowHeader: true,
              cell: (meeting) => (
                <>
                  {meeting.attendees}
                  <span className="govuk-body-s govuk-!-display-block govuk-!-font-weight-regular">
                    {meetingKindLabel(meeting.kind)}
                  </span>
                </>
              ),
            },
            { header: 'Notes', cellClassName: 'app-pre-line', cell: (meeting) => meeting.notes ?? '–' },
            {
              header: <span className="govuk-visually-hidden">Actions</span>,
              cell: (meeting) =>
                published ? null : (
                  <div className="app-actions">
                    <button type="button" className="app-link-button" onClick={() => onChange(meeting)}>
                      Change<span className="govuk-visually-hidden"> the meeting with {meeting.attendees}</span>
                    </button>
                    <button type="button" className="app-link-button" onClick={() => onRemove(meeting)}>
                      Remove<span className="govuk-visually-hidden"> the meeting with {meeting.attendees}</span>
                    </button>
                  </div>
                ),
            },
          ]}
        />
      ) : (
        <p className="govuk-body">No meetings recorded yet.</p>
      )}
    </>
  );
}
