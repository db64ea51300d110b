// Where each person lands: an area assessor on the case files assigned to them, inspectors on their inspections.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { InspectionsQuery, MyCaseFilesQuery } from '../documents.ts';
import { fileStatusLabel, humanise, riskLabel } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { CreateInspectionEntry } from '../planning/CreateInspectionEntry.tsx';
import { TableRegion } from '../components/TableRegion.tsx';

interface Viewer {
  name: string;
  role: string;
}

export function HomePage({ viewer }: { viewer: Viewer }) {
  return viewer.role === 'AREA_ASSESSOR' ? <MyCaseFiles /> : <MyInspections />;
}

function MyCaseFiles() {
  const [result] = useQuery({ query: MyCaseFilesQuery, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    document.title = 'My case files – Scrutiny';
  }, []);
  const files = result.data?.myCaseFiles ?? [];
  // Files still to assess first; submitted ones after, as the record of work done.
  const open = files.filter((f) => f.status !== 'SUBMITTED' && f.status !== 'VALIDATED');
  const done = files.filter((f) => f.status === 'SUBMITTED' || f.status === 'VALIDATED');
  return (
    <>
      <h1 className="govuk-heading-l">My case files</h1>
      {result.error && !result.data ? <p className="govuk-body">Your case files could not be loaded.</p> : null}
      {result.fetching && !result.data ? <p className="govuk-body">Loading…</p> : null}
      {result.data ? (
        <>
          <CaseFileTable caption="To assess" files={open} empty="No case files are waiting for you." />
          <CaseFileTable caption="Submitted" files={done} empty="You have not submitted any case files yet." />
        </>
      ) : null}
    </>
  );
}

interface FileRow {
  id: string;
  reference: string;
  riskOfHarm: string;
  status: string;
  facts: { orderType: string; district: string | null };
}

function CaseFileTable({ caption, files, empty }: { caption: string; files: readonly FileRow[]; empty: string }) {
  if (files.length === 0)
    return (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">{empty}</p>
      </>
    );
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {caption} ({files.length})
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Case file
            </th>
            <th scope="col" className="govuk-table__header">
              Order or licence
            </th>
            <th scope="col" className="govuk-table__header">
              Risk of harm
            </th>
            <th scope="col" className="govuk-table__header">
              District
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {files.map((file) => (
            <tr className="govuk-table__row" key={file.id}>
              <th scope="row" className="govuk-table__header">
                <Link to={`/case-files/${encodeURIComponent(file.id)}`}>{file.reference}</Link>
              </th>
              <td className="govuk-table__cell">{file.facts.orderType}</td>
              <td className="govuk-table__cell">{riskLabel(file.riskOfHarm)}</td>
              <td className="govuk-table__cell">{file.facts.district ?? '–'}</td>
              <td className="govuk-table__cell">{fileStatusLabel(file.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function MyInspections() {
  const [result] = useQuery({ query: InspectionsQuery, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    document.title = 'My inspections – Scrutiny';
  }, []);
  const inspections = (result.data?.inspections.edges ?? []).map((e) => e.node);
  return (
    <>
      <h1 className="govuk-heading-l">My inspections</h1>
      <p className="govuk-body">Your team’s inspections and every published one.</p>
      <CreateInspectionEntry />
      {result.error && !result.data ? <p className="govuk-body">The inspections could not be loaded.</p> : null}
      {result.fetching && !result.data ? <p className="govuk-body">Loading…</p> : null}
      {inspections.length > 0 ? (
        <TableRegion>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">Inspections</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Inspection
                </th>
                <th scope="col" className="govuk-table__header">
                  Area
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header app-numeric">
                  Files submitted
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {inspections.map((inspection) => (
                <tr className="govuk-table__row" key={inspection.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link to={`/inspections/${encodeURIComponent(inspection.id)}`}>{inspection.title}</Link>
                  </th>
                  <td className="govuk-table__cell">{inspection.area.name}</td>
                  <td className="govuk-table__cell">{humanise(inspection.status)}</td>
                  <td className="govuk-table__cell app-numeric">
                    {inspection.progress ? `${inspection.progress.submitted} of ${inspection.progress.caseFiles}` : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : result.data ? (
        <p className="govuk-body">You are not on the team of any inspection yet.</p>
      ) : null}
    </>
  );
}
