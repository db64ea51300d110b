// The year's programme of inspections (issue 12), for the inspectorate's staff: every area against the three-year
// cycle, which areas of a comparison group share the year, and the inspections of the year with their lead.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import { ProgrammeQuery } from '../admin/setup-documents.ts';
import { TableRegion } from '@scrutiny/ui';

const STANDING: Record<string, { label: string; tag: string }> = {
  PLANNED: { label: 'Planned', tag: 'govuk-tag--blue' },
  INSPECTED: { label: 'Inspected', tag: 'govuk-tag--green' },
  OVERDUE: { label: 'Overdue', tag: 'govuk-tag--red' },
  NOT_PLANNED: { label: 'Not planned', tag: 'govuk-tag--grey' },
};

const day = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' }) : '–';
const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

export function ProgrammePage({ mayPlan }: { mayPlan: boolean }) {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [typed, setTyped] = useState(String(year));
  const [result] = useQuery({ query: ProgrammeQuery, variables: { year }, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    document.title = `Programme ${year} – Scrutiny`;
  }, [year]);
  const programme = result.data?.programme;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Programme of inspections {year}</h1>
        <form
          className="govuk-!-margin-bottom-6"
          onSubmit={(event) => {
            event.preventDefault();
            const wanted = Number(typed);
            if (Number.isInteger(wanted) && wanted >= 1990 && wanted <= 2100) setYear(wanted);
          }}
        >
          <div className="govuk-form-group govuk-!-margin-bottom-2">
            <label className="govuk-label" htmlFor="programme-year">
              Year
            </label>
            <input
              className="govuk-input govuk-input--width-4"
              id="programme-year"
              name="programme-year"
              inputMode="numeric"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
            Show year
          </button>
        </form>
        {mayPlan ? (
          <p className="govuk-body">
            <Link to="/inspections/new" className="govuk-button">
              Plan an inspection
            </Link>
          </p>
        ) : null}
        {result.error && !programme ? <p className="govuk-body">{result.error.message}</p> : null}
        {!programme ? (
          <p className="govuk-body">Loading…</p>
        ) : (
          <>
            <h2 className="govuk-heading-m">Inspections in {year}</h2>
            {programme.inspections.length === 0 ? (
              <p className="govuk-body">No inspection is planned for {year} yet.</p>
            ) : (
              <TableRegion label={`Inspections in ${year}`}>
                <table className="govuk-table">
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        Inspection
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Area
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Kind
                      </th>
                      <th scope="col" className="govuk-table__header">
                        When
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Lead
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Status
                      </th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {programme.inspections.map((i) => (
                      <tr className="govuk-table__row" key={i.id}>
                        <td className="govuk-table__cell">
                          <Link to={`/inspections/${i.id}`}>{i.title}</Link>
                        </td>
                        <td className="govuk-table__cell">{i.area.name}</td>
                        <td className="govuk-table__cell">{i.kind === 'FOLLOW_UP' ? 'Follow-up' : 'Full'}</td>
                        <td className="govuk-table__cell">
                          {i.quarter ? `Quarter ${i.quarter}` : ''}
                          {i.fieldworkStart
                            ? `${i.quarter ? ', ' : ''}${day(i.fieldworkStart)} to ${day(i.fieldworkEnd)}`
                            : ''}
                          {!i.quarter && !i.fieldworkStart ? '–' : ''}
                        </td>
                        <td className="govuk-table__cell">{i.lead?.name ?? 'Not yet chosen'}</td>
                        <td className="govuk-table__cell">{words(i.status)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            )}
            <h2 className="govuk-heading-m">Every area against the three-year cycle</h2>
            <TableRegion label="Areas against the cycle">
              <table className="govuk-table">
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Area
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Standing
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Last inspected
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Comparison group in {year}
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {programme.areas.map((row) => (
                    <tr className="govuk-table__row" key={row.area.id}>
                      <td className="govuk-table__cell">{row.area.name}</td>
                      <td className="govuk-table__cell">
                        <strong className={`govuk-tag ${STANDING[row.standing]?.tag ?? ''}`}>
                          {STANDING[row.standing]?.label ?? row.standing}
                        </strong>
                      </td>
                      <td className="govuk-table__cell">{row.lastInspectedYear ?? 'Never'}</td>
                      <td className="govuk-table__cell">
                        {row.area.comparisonGroup
                          ? row.sharesYearWith.length > 0
                            ? `${row.area.comparisonGroup.name}: ${row.sharesYearWith.map((a) => a.name).join(', ')}`
                            : `${row.area.comparisonGroup.name}: no other area this year`
                          : 'In no group'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </>
        )}
      </div>
    </div>
  );
}
