// Where each person lands: an area assessor on the case files assigned to them, inspectors on their inspections.
import { useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { makeAvailableOffline, offlineCopyOf, type OfflineCopy } from '../offline/make-available.ts';
import { InspectionsQuery, MyCaseFilesQuery } from '../documents.ts';
import { humanise } from '../labels.ts';
import {
  assessmentColumn,
  referenceColumn,
  riskOfHarmColumn,
  type ListedCaseFile,
} from '../sample/case-file-columns.tsx';
import { Link } from '../routing/router.tsx';
import { CreateInspectionEntry } from '../planning/CreateInspectionEntry.tsx';
import { Table, Section } from '@scrutiny/ui';

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
    <Section headingId="offline-heading" heading="Working offline" className="govuk-!-margin-top-6">
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
    </Section>
  );
}

interface FileRow extends ListedCaseFile {
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
    <Table
      caption={{ text: `${caption} (${files.length})`, size: 'm' }}
      rows={files}
      columns={[
        referenceColumn,
        { header: 'Order or licence', cell: (file) => file.facts.orderType },
        riskOfHarmColumn,
        { header: 'District', cell: (file) => file.facts.district ?? '–' },
        assessmentColumn(),
      ]}
    />
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
        <Table
          caption={{ text: 'Inspections', size: 'hidden' }}
          rows={inspections}
          columns={[
            {
              header: 'Inspection',
              rowHeader: true,
              cell: (inspection) => (
                <Link to={`/inspections/${encodeURIComponent(inspection.id)}`}>{inspection.title}</Link>
              ),
            },
            { header: 'Area', cell: (inspection) => inspection.area.name },
            { header: 'Status', cell: (inspection) => humanise(inspection.status) },
            {
              header: 'Files submitted',
              numeric: true,
              cell: (inspection) =>
                inspection.progress ? `${inspection.progress.submitted} of ${inspection.progress.caseFiles}` : '–',
            },
          ]}
        />
      ) : result.data ? (
        <p className="govuk-body">You are not on the team of any inspection yet.</p>
      ) : null}
    </>
  );
}
