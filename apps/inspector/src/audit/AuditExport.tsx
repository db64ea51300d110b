// The audit log's export: the events the filters leave, oldest first, downloaded as a CSV file named for the
// inspection, the filters and the day.
import { useState } from 'react';
import { useClient } from 'urql';
import { csvFileName } from './audit-model.ts';
import { AuditLogCsvQuery } from './documents.ts';
import type { Filter } from './audit-filter.ts';

/** Saves text as a file the browser downloads, named `name`. */
function download(text: string, name: string, type: string): void {
  // The byte order mark tells spreadsheets the file is UTF-8, so names with accents survive.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function AuditExport({
  inspection,
  filter,
  person,
}: {
  inspection: { id: string; title: string; area: { name: string } };
  filter: Filter;
  person: { name: string } | null;
}) {
  const client = useClient();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const filtered = Boolean(filter.caseFileReference || filter.actorId);

  const onExport = async () => {
    setExporting(true);
    setExported(null);
    setExportProblem(null);
    const answer = await client
      .query(
        AuditLogCsvQuery,
        {
          id: inspection.id,
          caseFileReference: filter.caseFileReference || null,
          actorId: filter.actorId || null,
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setExporting(false);
    const csv = answer.data?.inspection?.auditLogCsv;
    if (typeof csv !== 'string') {
      setExportProblem('The audit log could not be exported. Try again.');
      return;
    }
    const name = csvFileName({
      area: inspection.area.name,
      title: inspection.title,
      caseFileReference: filter.caseFileReference || null,
      person: person?.name ?? null,
      on: new Date(),
    });
    download(csv, name, 'text/csv;charset=utf-8');
    setExported(name);
  };

  return (
    <>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" disabled={exporting} onClick={() => void onExport()}>
          Export CSV{filtered ? <span className="govuk-visually-hidden"> of the filtered events</span> : null}
        </button>
      </div>
      <div aria-live="polite" className="govuk-!-margin-bottom-4">
        {exported ? <p className="govuk-body">Downloaded {exported}.</p> : null}
        {exportProblem ? (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {exportProblem}
          </p>
        ) : null}
      </div>
    </>
  );
}
