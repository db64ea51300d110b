// The meetings of an inspection, earliest first, each with its change and remove actions while unpublished.
import { TableRegion } from '@scrutiny/ui';
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
                    {published ? null : (
                      <div className="app-actions">
                        <button type="button" className="app-link-button" onClick={() => onChange(meeting)}>
                          Change<span className="govuk-visually-hidden"> the meeting with {meeting.attendees}</span>
                        </button>
                        <button type="button" className="app-link-button" onClick={() => onRemove(meeting)}>
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
    </>
  );
}
