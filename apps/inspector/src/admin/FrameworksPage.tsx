// Frameworks written by the inspectorate (administrators): download any stored version as a file to start the next
// one from (frameworks/StoredVersions.tsx); upload a YAML file or workbook to see every problem
// (frameworks/FileProblems.tsx), or a preview (frameworks/FrameworkPreview.tsx: the questions an assessor would meet
// on a made-up case, and what changed since the version it follows); then publish it for new inspections. The
// actions are in frameworks/use-framework-actions.ts.
import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { ErrorSummary } from '@scrutiny/ui';
import { AdminFrameworksQuery } from './documents.ts';
import { StoredVersions } from './frameworks/StoredVersions.tsx';
import { FrameworkFileForm } from './frameworks/FrameworkFileForm.tsx';
import { FileProblems } from './frameworks/FileProblems.tsx';
import { FrameworkPreview } from './frameworks/FrameworkPreview.tsx';
import { useFrameworkActions } from './frameworks/use-framework-actions.ts';

export function FrameworksPage({ viewer }: { viewer: { role: string } }) {
  const [frameworks, refetch] = useQuery({ query: AdminFrameworksQuery, requestPolicy: 'cache-and-network' });
  const actions = useFrameworkActions(() => refetch({ requestPolicy: 'network-only' }));
  const { upload, problems, fileProblems, preview, published, busy } = actions;
  const result = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${problems.length || fileProblems.length ? 'Error: ' : ''}Frameworks – Scrutiny`;
  }, [problems.length, fileProblems.length]);
  useEffect(() => {
    if (preview || fileProblems.length > 0 || published) result.current?.focus();
  }, [preview, fileProblems, published]);

  if (viewer.role !== 'ADMINISTRATOR')
    return (
      <>
        <h1 className="govuk-heading-l">Frameworks</h1>
        <p className="govuk-body">Only administrators upload and publish frameworks.</p>
      </>
    );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary problems={problems} />
        <h1 className="govuk-heading-l">Frameworks</h1>
        <p className="govuk-body">
          A framework is written as a workbook or a YAML file (the guide: docs/FRAMEWORKS.md). Download a version to
          start the next one from, check a file, see it as an assessor would, and publish it for new inspections. A
          version an inspection uses can never change: publish a new version instead.
        </p>
        <StoredVersions frameworks={frameworks.data?.frameworks ?? []} onDownload={actions.onDownload} />
        <FrameworkFileForm busy={busy} onChoose={actions.onChoose} onCheck={actions.onCheck} />
        {published ? (
          <div className="govuk-panel govuk-panel--confirmation">
            <h2 className="govuk-panel__title" ref={result} tabIndex={-1}>
              Published
            </h2>
            <div className="govuk-panel__body">{published} is available to new inspections.</div>
          </div>
        ) : null}
        {fileProblems.length > 0 ? (
          <FileProblems fileName={upload?.name} problems={fileProblems} headingRef={result} />
        ) : null}
        {preview ? (
          <FrameworkPreview preview={preview} busy={busy} headingRef={result} onPublish={actions.onPublish} />
        ) : null}
      </div>
    </div>
  );
}
