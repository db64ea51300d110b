import { Section } from '@scrutiny/ui';
// The whole report as documents (PDF, Word), apart from the figures as data files (CSV, XLSX, JSON), which the
// report page lists under "Download the figures".

/** File types that carry the whole report, to read or print, rather than its figures as data. */
const DOCUMENT_EXTENSIONS = new Set(['pdf', 'docx', 'odt']);

export interface ReportDownload {
  key: string;
  label: string;
  fileExtension: string;
  fileName: string;
  url: string;
}

export function isReportDocument(download: Pick<ReportDownload, 'fileExtension'>): boolean {
  return DOCUMENT_EXTENSIONS.has(download.fileExtension);
}

export function ReportDocuments({ downloads }: { downloads: readonly ReportDownload[] }) {
  const documents = downloads.filter(isReportDocument);
  if (documents.length === 0) return null;
  return (
    <Section headingId="report-documents" heading="Download the report" className="board-downloads">
      <p className="govuk-body">The whole report, with every score table and measure figure, to read or print.</p>
      <ul className="govuk-list">
        {documents.map((file) => (
          <li key={file.key}>
            <a className="govuk-link" href={file.url} download={file.fileName}>
              {file.label}
            </a>{' '}
            <span className="govuk-body-s">({file.fileName})</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
