// The documents and other evidence examined, in the order recorded, with the meeting each came from.
import { TableRegion } from '@scrutiny/ui';
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
              {items.map((item) => {
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
    </>
  );
}
