// What personal data is held, at a glance (administrators and chief inspectors): per inspection, the case files,
// comments and case list rows it still holds and when the retention rule erases them; then every erasure made. A
// chief inspector may erase a published inspection's personal data now, behind a confirmation page.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { humanise } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { PersonalDataHeldQuery } from './retention-documents.ts';
import { TableRegion } from '@scrutiny/ui';

export const RETENTION_ROLES = ['ADMINISTRATOR', 'CHIEF_INSPECTOR'];

export const longDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

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
      {holdings.length > 0 ? (
        <TableRegion label="Personal data held, by inspection">
          <table className="govuk-table" data-testid="personal-data-held">
            <caption className="govuk-table__caption govuk-table__caption--m">By inspection</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Inspection
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Case files
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Comments
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Case list rows
                </th>
                <th scope="col" className="govuk-table__header">
                  Erasure
                </th>
                {chief ? (
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Action</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {holdings.map((held) => {
                const name = `${held.inspection.area.name}, ${held.inspection.title} (${held.inspection.year})`;
                return (
                  <tr className="govuk-table__row" key={held.inspection.id}>
                    <th scope="row" className="govuk-table__header">
                      {name}
                    </th>
                    <td className="govuk-table__cell">{humanise(held.inspection.status)}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{held.caseFiles}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{held.comments}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{held.caseListRows}</td>
                    <td className="govuk-table__cell">
                      {held.erasure
                        ? `Erased on ${longDate(held.erasure.erasedAt)}`
                        : held.erasureDue
                          ? `Due on ${longDate(held.erasureDue)}`
                          : held.inspection.evidence === 'RECORDED_FIGURES'
                            ? 'No case files: figures recorded from its report'
                            : 'Kept until published, then for the retention period'}
                    </td>
                    {chief ? (
                      <td className="govuk-table__cell">
                        {held.inspection.status === 'PUBLISHED' && !held.erasure ? (
                          <Link to={`/admin/personal-data/erase/${encodeURIComponent(held.inspection.id)}`}>
                            Erase now<span className="govuk-visually-hidden"> the personal data of {name}</span>
                          </Link>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      ) : null}

      <h2 className="govuk-heading-m">Erasures</h2>
      {result.data && records.length === 0 ? <p className="govuk-body">No personal data has been erased yet.</p> : null}
      {records.length > 0 ? (
        <TableRegion label="Erasures of personal data">
          <table className="govuk-table" data-testid="erasure-records">
            <caption className="govuk-visually-hidden">Erasures of personal data, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Inspection
                </th>
                <th scope="col" className="govuk-table__header">
                  Erased
                </th>
                <th scope="col" className="govuk-table__header">
                  By
                </th>
                <th scope="col" className="govuk-table__header">
                  What was erased
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {records.map((record) => (
                <tr className="govuk-table__row" key={record.id}>
                  <th scope="row" className="govuk-table__header">
                    {record.inspectionTitle}
                  </th>
                  <td className="govuk-table__cell">{longDate(record.erasedAt)}</td>
                  <td className="govuk-table__cell">
                    {record.trigger === 'CHIEF_INSPECTOR'
                      ? `${record.erasedByName ?? 'A chief inspector'}: ${record.reason ?? ''}`
                      : `The retention rule (${record.retentionMonths ?? '?'} months after publication)`}
                  </td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-!-margin-0">
                      {record.counts
                        .filter((c) => c.count > 0)
                        .map((c) => (
                          <li key={c.kind}>
                            {c.count} {c.label}
                          </li>
                        ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </>
  );
}
