// Where a person is signed in (device, address, last seen), each session with a button that ends it.
import { useMutation, useQuery } from 'urql';
import { EndSessionMutation, MySessionsQuery } from '../documents.ts';
import { TableRegion } from '@scrutiny/ui';

export function SessionsSection({ onEndedCurrent }: { onEndedCurrent: () => void }) {
  const [result, refetch] = useQuery({ query: MySessionsQuery, requestPolicy: 'cache-and-network' });
  const [, endSession] = useMutation(EndSessionMutation);
  const sessions = result.data?.mySessions ?? [];

  const end = async (id: string, current: boolean) => {
    await endSession({ input: { sessionId: id } });
    if (current) onEndedCurrent();
    else refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <h2 className="govuk-heading-m">Where you are signed in</h2>
      <TableRegion>
        <table className="govuk-table">
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Device
              </th>
              <th scope="col" className="govuk-table__header">
                Address
              </th>
              <th scope="col" className="govuk-table__header">
                Last seen
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {sessions.map((s) => (
              <tr className="govuk-table__row" key={s.id}>
                <td className="govuk-table__cell">
                  {s.device}
                  {s.current ? <strong className="govuk-tag govuk-!-margin-left-2">This device</strong> : null}
                </td>
                <td className="govuk-table__cell">{s.address ?? 'Unknown'}</td>
                <td className="govuk-table__cell">{new Date(s.lastSeenAt as string).toLocaleString('en-GB')}</td>
                <td className="govuk-table__cell">
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => void end(s.id, s.current)}
                  >
                    {s.current ? 'Sign out here' : 'End'}
                    <span className="govuk-visually-hidden"> session on {s.device}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
