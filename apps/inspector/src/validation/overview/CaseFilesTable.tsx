// The sampled case files with their assessment and second-marking state, each linked to its validation.
import { Table } from '@scrutiny/ui';
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
    <Table
      caption={{ text: 'Sampled case files and their validation', size: 'hidden' }}
      rows={files}
      columns={[
        { header: 'Case file', rowHeader: true, cell: (file) => file.reference },
        { header: 'Risk of harm', cell: (file) => riskLabel(file.riskOfHarm) },
        { header: 'Assessor', cell: (file) => file.assessor?.name ?? 'No assessor yet' },
        { header: 'Assessment', cell: (file) => fileStatusLabel(file.status) },
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
