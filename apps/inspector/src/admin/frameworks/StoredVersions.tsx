// Every stored version of every framework, each downloadable as a workbook or a YAML file to start the next from.
import { Table } from '@scrutiny/ui';
import type { FrameworkFileFormat } from '../framework-preview.ts';

interface StoredFramework {
  id: string;
  key: string;
  title: string;
  version: string;
}

export function StoredVersions({
  frameworks,
  onDownload,
}: {
  frameworks: readonly StoredFramework[];
  onDownload: (key: string, version: string, format: FrameworkFileFormat) => Promise<void>;
}) {
  return (
    <Table
      caption={{ text: 'Stored versions', size: 'm' }}
      rows={frameworks}
      columns={[
        {
          header: 'Framework',
          cell: (framework) => (
            <>
              {framework.title} <span className="govuk-body-s">({framework.key})</span>
            </>
          ),
        },
        { header: 'Version', cell: (framework) => framework.version },
        {
          header: 'Download',
          cell: (framework) => (
            <>
              <DownloadButton framework={framework} format="XLSX" onDownload={onDownload} />{' '}
              <DownloadButton framework={framework} format="YAML" onDownload={onDownload} />
            </>
          ),
        },
      ]}
    />
  );
}

function DownloadButton({
  framework,
  format,
  onDownload,
}: {
  framework: StoredFramework;
  format: FrameworkFileFormat;
  onDownload: (key: string, version: string, format: FrameworkFileFormat) => Promise<void>;
}) {
  return (
    <button
      type="button"
      className="app-link-button govuk-link"
      onClick={() => void onDownload(framework.key, framework.version, format)}
    >
      {format === 'XLSX' ? 'Workbook' : 'YAML'}
      <span className="govuk-visually-hidden">
        {' '}
        of {framework.title} {framework.version}
      </span>
    </button>
  );
}
