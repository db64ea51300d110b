// Where each person lands: an area assessor on the case files assigned to them, inspectors on their inspections.
import { useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { makeAvailableOffline, offlineCopyOf, type OfflineCopy } from '../offline/make-available.ts';
import { InspectionsQuery, MyCaseFilesQuery } from '../documents.ts';
import { fileStatusLabel, humanise, riskLabel } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { CreateInspectionEntry } from '../planning/CreateInspectionEntry.tsx';
import { TableRegion } from '@scrutiny/ui';

interface Viewer {
  id: string;
  name: string;
  role: string;
}

export function HomePage({ viewer }: { viewer: Viewer }) {
  return viewer.role === 'AREA_ASSESSOR' ? <MyCaseFiles userId={viewer.id} /> : <MyInspections />;
}

function MyCaseFiles({ userId }: { userId: string }) {
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
          <WorkOffline userId={userId} files={open} />
        </>
      ) : null}
    </>
  );
}

/** Keeps the assessor's open case files and the framework on this device, to open and answer with no connection. */
function WorkOffline({ userId, files }: { userId: string; files: readonly { id: string }[] }) {
  const client = useClient();
  const [copy, setCopy] = useState<OfflineCopy | null>(() => offlineCopyOf(userId));
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  const onClick = async () => {
    setState('working');
    try {
      setCopy(await makeAvailableOffline(client, userId, files));
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  const time = copy ? new Date(copy.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
  return (
    <section aria-labelledby="offline-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="offline-heading">
        Working offline
      </h2>
      <p className="govuk-body" role="status">
        {state === 'working'
          ? 'Keeping your case files on this device…'
          : state === 'failed'
            ? 'Scrutiny cannot be reached: try again when you are connected.'
            : copy
              ? `${copy.count} ${copy.count === 1 ? 'case file is' : 'case files are'} available offline (kept on this device ${time}). Answers you give offline are sent when the connection returns.`
              : 'Keep your case files and the framework on this device to open and answer them with no connection.'}
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void onClick()}>
        {copy ? 'Update my case files kept offline' : 'Make my case files available offline'}
      </button>
    </section>
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
