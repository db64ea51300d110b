// Every stored version of every framework, each downloadable as a workbook or a YAML file to start the next from.
import { TableRegion } from '@scrutiny/ui';
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
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Stored versions</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Framework
            </th>
            <th scope="col" className="govuk-table__header">
              Version
            </th>
            <th scope="col" className="govuk-table__header">
              Download
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {frameworks.map((framework) => (
            <tr className="govuk-table__row" key={framework.id}>
              <td className="govuk-table__cell">
                {framework.title} <span className="govuk-body-s">({framework.key})</span>
              </td>
              <td className="govuk-table__cell">{framework.version}</td>
              <td className="govuk-table__cell">
                <DownloadButton framework={framework} format="XLSX" onDownload={onDownload} />{' '}
                <DownloadButton framework={framework} format="YAML" onDownload={onDownload} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
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
