// What personal data is held, at a glance (administrators and chief inspectors): per inspection, the case files,
// comments and case list rows it still holds and when the retention rule erases them; then every erasure made. A
// chief inspector may erase a published inspection's personal data now, behind a confirmation page.
// Its tables are in personal-data/.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { PersonalDataHeldQuery } from './retention-documents.ts';
import { HoldingsTable } from './personal-data/HoldingsTable.tsx';
import { ErasureRecordsTable } from './personal-data/ErasureRecordsTable.tsx';

export const RETENTION_ROLES = ['ADMINISTRATOR', 'CHIEF_INSPECTOR'];

export function PersonalDataPage({ viewer }: { viewer: { role: string } }) {
  const [result] = useQuery({
    query: PersonalDataHeldQuery,
    requestPolicy: 'cache-and-network',
    pause: !RETENTION_ROLES.includes(viewer.role),
  });
  useEffect(() => {
    document.title = 'Personal data held – Scrutiny';
  }, []);

  if (!RETENTION_ROLES.includes(viewer.role))
    return (
      <>
        <h1 className="govuk-heading-l">Personal data held</h1>
        <p className="govuk-body">Only administrators and chief inspectors see what personal data is held.</p>
      </>
    );

  const holdings = result.data?.personalDataHoldings ?? [];
  const records = result.data?.erasureRecords ?? [];
  const chief = viewer.role === 'CHIEF_INSPECTOR';

  return (
    <>
      <h1 className="govuk-heading-l">Personal data held</h1>
      <p className="govuk-body">
        Case files hold personal data about people on probation, and comments and evidence may name victims, children
        and staff. Each inspection keeps it until its retention period after publication ends, then it is erased. The
        published figures and report stay for good.
      </p>
      {result.error && !result.data ? <p className="govuk-body">What is held could not be loaded.</p> : null}
      {result.fetching && !result.data ? <p className="govuk-body">Loading…</p> : null}
      {holdings.length > 0 ? <HoldingsTable holdings={holdings} chief={chief} /> : null}

      <h2 className="govuk-heading-m">Erasures</h2>
      {result.data && records.length === 0 ? <p className="govuk-body">No personal data has been erased yet.</p> : null}
      {records.length > 0 ? <ErasureRecordsTable records={records} /> : null}
    </>
  );
}
