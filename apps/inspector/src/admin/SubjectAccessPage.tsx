// A subject access request (information managers): every case file naming a person identifier, across the
// inspections still holding personal data, found and exported as JSON. Each export is written to the audit log.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorSummary, errorMessage, TextField, type FormProblem, SubmitButton } from '@scrutiny/ui';
import { ExportPersonalDataMutation } from './retention-documents.ts';

interface Exported {
  personIdentifier: string;
  exportedAt: string;
  caseFileCount: number;
  caseListRowCount: number;
  inspections: string[];
  document: unknown;
}

export function SubjectAccessPage({ viewer }: { viewer: { role: string } }) {
  const [, exportData] = useMutation(ExportPersonalDataMutation);
  const [identifier, setIdentifier] = useState('');
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<Exported | null>(null);
  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Subject access request – Scrutiny`;
  }, [problems.length]);
  const download = useMemo(
    () =>
      exported
        ? URL.createObjectURL(new Blob([JSON.stringify(exported.document, null, 2)], { type: 'application/json' }))
        : null,
    [exported],
  );
  useEffect(() => () => (download ? URL.revokeObjectURL(download) : undefined), [download]);

  if (viewer.role !== 'INFORMATION_MANAGER')
    return (
      <>
        <h1 className="govuk-heading-l">Subject access request</h1>
        <p className="govuk-body">Only information managers export a person’s data.</p>
      </>
    );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (identifier.trim().length < 3) {
      setProblems([{ field: 'person-identifier', message: 'Enter a person identifier of at least 3 characters' }]);
      return;
    }
    setBusy(true);
    const outcome = (await exportData({ input: { personIdentifier: identifier.trim() } })).data?.exportPersonalData;
    setBusy(false);
    if (outcome?.__typename === 'MutationExportPersonalDataSuccess') {
      setProblems([]);
      setExported(outcome.data);
    } else
      setProblems([
        {
          field: 'person-identifier',
          message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
        },
      ]);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <h1 className="govuk-heading-l">Subject access request</h1>
        <p className="govuk-body">
          Find every case file that names a person, by the identifier on the area’s case list, a case reference or an
          officer, or in a comment, in the inspections whose personal data has not been erased. The export is recorded
          in each inspection’s audit log.
        </p>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <TextField
            id="person-identifier"
            label="Person identifier"
            labelClass="govuk-label--s"
            width="govuk-input--width-20"
            spellCheck={false}
            autoComplete="off"
            error={errorMessage(problems, 'person-identifier')}
            value={identifier}
            onChange={setIdentifier}
          />
          <SubmitButton busy={busy}>Find and export</SubmitButton>
        </form>
        {exported ? (
          <div className="govuk-inset-text" data-testid="subject-access-result" role="status">
            <h2 className="govuk-heading-m">
              {exported.caseFileCount} case file{exported.caseFileCount === 1 ? '' : 's'} and{' '}
              {exported.caseListRowCount} case list row{exported.caseListRowCount === 1 ? '' : 's'} name “
              {exported.personIdentifier}”
            </h2>
            {exported.inspections.length ? (
              <ul className="govuk-list govuk-list--bullet">
                {exported.inspections.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            ) : null}
            {download ? (
              <p className="govuk-body">
                <a
                  className="govuk-link"
                  href={download}
                  download={`subject-access-${exported.personIdentifier.replace(/[^\w-]+/g, '_')}.json`}
                >
                  Download the export (JSON)
                </a>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
