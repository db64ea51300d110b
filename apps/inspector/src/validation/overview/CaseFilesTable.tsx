// The sampled case files with their assessment and second-marking state, each linked to its validation.
import { Table } from '@scrutiny/ui';
import {
  assessmentColumn,
  assessorColumn,
  riskOfHarmColumn,
  type ListedCaseFile,
} from '../../sample/case-file-columns.tsx';
import { Link } from '../../routing/router.tsx';
import { actionText, stateText, type MarkingLike } from './marking-state.ts';

interface SampledFile extends ListedCaseFile {
  assessor: { name: string } | null;
  secondMarking: MarkingLike | null;
}

export function CaseFilesTable({ files }: { files: readonly SampledFile[] }) {
  return (
    <Table
      caption={{ text: 'Sampled case files and their validation', size: 'hidden' }}
      rows={files}
      columns={[
        { header: 'Case file', rowHeader: true, cell: (file) => file.reference },
        riskOfHarmColumn,
        assessorColumn,
        assessmentColumn('Assessment'),
        { header: 'Validation', cell: (file) => <ValidationCell file={file} /> },
      ]}
    />
  );
}

function ValidationCell({ file }: { file: SampledFile }) {
  const marking = file.secondMarking;
  const action = marking ? actionText(marking.state) : null;
  return (
    <>
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
    </>
  );
}
