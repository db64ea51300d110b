// An administrator's home: they run the service rather than inspections (they are on no team), so they land on
// what they manage, with the published inspections a click away.
import { useEffect } from 'react';
import { Link } from '../routing/router.tsx';

export function AdminHome() {
  useEffect(() => {
    document.title = 'Administration – Scrutiny';
  }, []);
  return (
    <>
      <h1 className="govuk-heading-l">Administration</h1>
      <p className="govuk-body">You manage the service. Inspections are run by inspectors and their teams.</p>
      <ul className="govuk-list">
        <li>
          <Link to="/admin/areas">Areas and comparison groups</Link>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            Add, import from a CSV file and retire areas; group similar areas for comparison.
          </p>
        </li>
        <li>
          <Link to="/admin/people">People</Link>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            Invite colleagues, assessors and board members; change roles, reset passwords, deactivate.
          </p>
        </li>
        <li>
          <Link to="/programme">Programme of inspections</Link>
          <p className="govuk-body-s govuk-!-margin-bottom-2">Every area against the three-year cycle, year by year.</p>
        </li>
        <li>
          <Link to="/admin/api-tokens">API tokens</Link>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            Create and revoke the tokens third parties use to read published inspections through the API.
          </p>
        </li>
        <li>
          <Link to="/admin/personal-data">Personal data held</Link>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            What personal data each inspection still holds, when it will be erased, and every erasure made.
          </p>
        </li>
        <li>
          <Link to="/admin/frameworks">Frameworks</Link>
          <p className="govuk-body-s govuk-!-margin-bottom-2">
            Check, preview and publish a framework written as a workbook or YAML file; download any framework to start
            its next version from.
          </p>
        </li>
        <li>
          <a className="govuk-link" href="/">
            Published inspections
          </a>
          <p className="govuk-body-s">The public reports, as anyone sees them.</p>
        </li>
      </ul>
    </>
  );
}
