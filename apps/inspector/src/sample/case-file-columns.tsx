// The columns every list of an inspection's case files shares (the home page's, the inspection's, the sample's
// assignment and the validation overview): who assesses a file, its risk of harm and how far its assessment is.
import type { TableColumn } from '@scrutiny/ui';
import { fileStatusLabel, riskLabel } from '../labels.ts';
import { Link } from '../routing/router.tsx';

/** A case file as its lists show it. */
export interface ListedCaseFile {
  id: string;
  reference: string;
  riskOfHarm: string;
  status: string;
}

/** The file's reference heading its row, linked to the file. */
export const referenceColumn: TableColumn<ListedCaseFile> = {
  header: 'Case file',
  rowHeader: true,
  cell: (file) => <Link to={`/case-files/${encodeURIComponent(file.id)}`}>{file.reference}</Link>,
};

export const riskOfHarmColumn: TableColumn<ListedCaseFile> = {
  header: 'Risk of harm',
  cell: (file) => riskLabel(file.riskOfHarm),
};

export const assessorColumn: TableColumn<{ assessor: { name: string } | null }> = {
  header: 'Assessor',
  cell: (file) => file.assessor?.name ?? 'No assessor yet',
};

/** How far the file's assessment is, headed `header` ("Status", or "Assessment" beside a validation column). */
export const assessmentColumn = (header = 'Status'): TableColumn<ListedCaseFile> => ({
  header,
  cell: (file) => fileStatusLabel(file.status),
});
