// Where a person is signed in (device, address, last seen), each session with a button that ends it.
import { useMutation, useQuery } from 'urql';
import { EndSessionMutation, MySessionsQuery } from '../documents.ts';
import { Table } from '@scrutiny/ui';

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
      <Table
        caption={{ text: 'Your sessions, on each device', size: 'hidden' }}
        rows={sessions}
        columns={[
          {
            header: 'Device',
            cell: (s) => (
              <>
                {s.device}
                {s.current ? <strong className="govuk-tag govuk-!-margin-left-2">This device</strong> : null}
              </>
            ),
          },
          { header: 'Address', cell: (s) => s.address ?? 'Unknown' },
          { header: 'Last seen', cell: (s) => new Date(s.lastSeenAt as string).toLocaleString('en-GB') },
          {
            header: <span className="govuk-visually-hidden">Action</span>,
            cell: (s) => (
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => void end(s.id, s.current)}
              >
                {s.current ? 'Sign out here' : 'End'}
                <span className="govuk-visually-hidden"> session on {s.device}</span>
              </button>
            ),
          },
        ]}
      />
    </>
  );
}
