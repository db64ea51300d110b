// The sampled case files with their assessment and second-marking state, each linked to its validation.
import { TableRegion } from '@scrutiny/ui';
import { fileStatusLabel, riskLabel } from '../../labels.ts';
import { Link } from '../../routing/router.tsx';
import { actionText, stateText, type MarkingLike } from './marking-state.ts';

interface SampledFile {
  id: string;
  reference: string;
  riskOfHarm: string;
  status: string;
  assessor: { name: string } | null;
  secondMarking: MarkingLike | null;
}

export function CaseFilesTable({ files }: { files: readonly SampledFile[] }) {
  return (
    <TableRegion>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Sampled case files and their validation</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Case file
            </th>
            <th scope="col" className="govuk-table__header">
              Risk of harm
            </th>
            <th scope="col" className="govuk-table__header">
              Assessor
            </th>
            <th scope="col" className="govuk-table__header">
              Assessment
            </th>
            <th scope="col" className="govuk-table__header">
              Validation
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {files.map((file) => (
            <CaseFileRow key={file.id} file={file} />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function CaseFileRow({ file }: { file: SampledFile }) {
  const marking = file.secondMarking;
  const action = marking ? actionText(marking.state) : null;
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {file.reference}
      </th>
      <td className="govuk-table__cell">{riskLabel(file.riskOfHarm)}</td>
      <td className="govuk-table__cell">{file.assessor?.name ?? 'No assessor yet'}</td>
      <td className="govuk-table__cell">{fileStatusLabel(file.status)}</td>
      <td className="govuk-table__cell">
        {marking ? stateText(marking) : '–'}
        {action ? (
          <>
            <br />
            <Link to={`/case-files/${encodeURIComponent(file.id)}/validation`}>
              {action}
              <span className="govuk-visually-hidden"> {file.reference}</span>
            </Link>
          </>
        ) : null}
      </td>
    </tr>
  );
}
