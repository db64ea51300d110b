// The year's programme of inspections (issue 12), for the inspectorate's staff: every area against the three-year
// cycle, the follow-ups due, which areas of a comparison group share the year, and the inspections of the year
// with their lead (ProgrammeInspections, ProgrammeAreas).
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import { TextField, SubmitButton } from '@scrutiny/ui';
import { ProgrammeQuery } from '../admin/setup-documents.ts';
import { ProgrammeAreas } from './ProgrammeAreas.tsx';
import { ProgrammeInspections } from './ProgrammeInspections.tsx';

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
          <TextField
            id="programme-year"
            label="Year"
            groupClass="govuk-!-margin-bottom-2"
            width="govuk-input--width-4"
            inputMode="numeric"
            value={typed}
            onChange={setTyped}
          />
          <SubmitButton variant="secondary" className="govuk-!-margin-bottom-0">
            Show year
          </SubmitButton>
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
            <ProgrammeInspections year={year} inspections={programme.inspections} />
            <h2 className="govuk-heading-m">Every area against the three-year cycle</h2>
            <ProgrammeAreas year={year} areas={programme.areas} />
          </>
        )}
      </div>
    </div>
  );
}
