// Before fieldwork: the area's case list is checked (nothing written) and imported only on confirmation, the
// sample is drawn reproducibly from a seed, and case files are assigned to assessors in bulk.
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary, FormGroup, SubmitButton, Table, TextField, Section } from '@scrutiny/ui';
import {
  AssignCaseFilesMutation,
  DrawSampleMutation,
  ImportCaseListMutation,
  PreviewCaseListMutation,
  SampleInspectionQuery,
} from '../documents.ts';
import { humanise } from '../labels.ts';
import {
  assessmentColumn,
  assessorColumn,
  riskOfHarmColumn,
  type ListedCaseFile,
} from '../sample/case-file-columns.tsx';
import { Link } from '../routing/router.tsx';
import { readCaseListFile, type CaseListUpload } from '../sample/case-list-file.ts';

export function SamplePage({ id }: { id: string }) {
  const [result, refetch] = useQuery({
    query: SampleInspectionQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const inspection = result.data?.inspection ?? null;
  useEffect(() => {
    document.title = `Case list, sample and assignment – ${inspection?.title ?? 'Inspection'} – Scrutiny`;
  }, [inspection?.title]);
  if (!inspection) {
    if (result.fetching || !result.data) return <p className="govuk-body">Loading…</p>;
    return <h1 className="govuk-heading-l">Inspection not found</h1>;
  }
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <span className="govuk-caption-l">{inspection.title}</span>
      <h1 className="govuk-heading-l">Case list, sample and assignment</h1>
      <p className="govuk-body">
        <Link to={`/inspections/${encodeURIComponent(inspection.id)}`}>Back to the inspection</Link>
      </p>
      <ImportCaseList inspectionId={inspection.id} />
      <DrawSample inspectionId={inspection.id} onDrawn={reload} />
      <AssignCaseFiles
        files={inspection.caseFiles.edges.map((e) => e.node)}
        team={inspection.team.filter((m) => m.role !== 'ADMIN_OFFICER' && m.role !== 'INFORMATION_MANAGER')}
        onAssigned={reload}
      />
    </>
  );
}

function Problem({ message }: { message: string }) {
  return <ErrorSummary problems={[{ message }]} headingLevel={3} />;
}

interface UnderivableQuestion {
  measureKey: string;
  text: string;
  files: number;
  applicable: number;
  reasons: readonly { reason: string; files: number }[];
}

/** Date-derived questions the list's dates will not settle: said before import, so no figure changes silently. */
function UnderivableQuestions({ questions }: { questions: readonly UnderivableQuestion[] }) {
  if (questions.length === 0) return null;
  return (
    <div className="govuk-warning-text" data-testid="underivable-questions">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        The dates in this list cannot settle {questions.length === 1
          ? 'one question'
          : `${questions.length} questions`}{' '}
        for some files; their assessors will be asked to answer instead:
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
          {questions.map((q) => (
            <li key={q.measureKey}>
              {q.text}: {q.files} of {q.applicable} files (
              {q.reasons.map((r) => `${r.reason.replace(/^Cannot be derived: /, '')}: ${r.files}`).join('; ')})
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function ImportCaseList({ inspectionId }: { inspectionId: string }) {
  const [, preview] = useMutation(PreviewCaseListMutation);
  const [, importList] = useMutation(ImportCaseListMutation);
  // The chosen file as it is being read: checking waits for it, so a quick click after choosing still sends it.
  const [upload, setUpload] = useState<Promise<CaseListUpload | null> | null>(null);
  const [checked, setChecked] = useState<{
    readable: number;
    ineligible: number;
    highRisk: number;
    problems: readonly { row: number; column: string | null; message: string }[];
    underivable: readonly UnderivableQuestion[];
  } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setImported(null);
    setChecked(null);
    const file = await upload;
    if (!file) {
      setMessage(
        upload ? 'The case list must be a CSV or XLSX file' : 'Choose the area’s case list (a CSV or XLSX file)',
      );
      return;
    }
    const outcome = (await preview({ input: { inspectionId, format: file.format, content: file.content } })).data
      ?.previewCaseList;
    if (outcome?.__typename === 'MutationPreviewCaseListSuccess') {
      setMessage(null);
      setChecked(outcome.data);
    } else setMessage(outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached.');
  };

  const confirm = async () => {
    const file = await upload;
    if (!file || !checked) return;
    const outcome = (
      await importList({
        input: {
          inspectionId,
          format: file.format,
          content: file.content,
          skipUnreadableRows: checked.problems.length > 0,
        },
      })
    ).data?.importCaseList;
    if (outcome?.__typename === 'MutationImportCaseListSuccess') {
      setImported(`${outcome.data.imported} cases imported; ${outcome.data.skipped} rows left out.`);
      setChecked(null);
    } else setMessage(outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached.');
  };

  return (
    <Section headingId="import-heading" heading="1. Import the case list" className="govuk-!-margin-bottom-8">
      {message ? <Problem message={message} /> : null}
      {imported ? (
        <div className="govuk-inset-text" role="status">
          {imported}
        </div>
      ) : null}
      <form onSubmit={(e) => void check(e)} noValidate>
        <FormGroup
          id="case-list"
          label="The area’s case list (CSV or XLSX)"
          hint="A CSV file, or an Excel workbook whose first sheet holds the list. Columns: reference, person, order_type, risk_of_harm, and any of the optional ones. Nothing is imported until you confirm."
        >
          <input
            className="govuk-file-upload"
            id="case-list"
            type="file"
            accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="case-list-hint"
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              setChecked(null);
              setMessage(null);
              setUpload(chosen ? readCaseListFile(chosen).catch(() => null) : null);
            }}
          />
        </FormGroup>
        <SubmitButton variant="secondary">Check the case list</SubmitButton>
      </form>
      {checked ? (
        <>
          <dl className="govuk-summary-list">
            {(
              [
                ['Readable cases', checked.readable],
                ['Not eligible (redacted, not started)', checked.ineligible],
                ['High or very high risk of harm', checked.highRisk],
                ['Rows that cannot be read', checked.problems.length],
              ] as const
            ).map(([label, value]) => (
              <div className="govuk-summary-list__row" key={label}>
                <dt className="govuk-summary-list__key">{label}</dt>
                <dd className="govuk-summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          <UnderivableQuestions questions={checked.underivable} />
          {checked.problems.length ? (
            <Table
              caption={{ text: 'Rows that cannot be read (left out if you import)', size: 's' }}
              rows={checked.problems}
              rowKey={(p) => `${p.row}-${p.column ?? ''}-${p.message}`}
              columns={[
                { header: 'Row', cell: (p) => p.row },
                { header: 'Column', cell: (p) => p.column ?? '–' },
                { header: 'Problem', cell: (p) => p.message },
              ]}
            />
          ) : null}
          <button
            type="button"
            className="govuk-button"
            onClick={() => void confirm()}
            disabled={checked.readable === 0}
          >
            Import {checked.readable} cases
          </button>
        </>
      ) : null}
    </Section>
  );
}

function NumberField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <TextField
      {...props}
      width="govuk-input--width-10"
      inputMode={props.id === 'seed' ? 'text' : 'numeric'}
      spellCheck={false}
    />
  );
}

function DrawSample({ inspectionId, onDrawn }: { inspectionId: string; onDrawn: () => void }) {
  const [, draw] = useMutation(DrawSampleMutation);
  const [seed, setSeed] = useState('');
  const [size, setSize] = useState('40');
  const [highRisk, setHighRisk] = useState('23');
  const [message, setMessage] = useState<string | null>(null);
  const [drawn, setDrawn] = useState<{
    sample: number;
    reserve: number;
    strata: readonly { key: string; population: number; drawn: number; reserve: number }[];
  } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const n = Number.parseInt(size, 10);
    const high = highRisk.trim() ? Number.parseInt(highRisk, 10) : null;
    if (!seed.trim() || !Number.isInteger(n) || n <= 0 || (high !== null && !Number.isInteger(high))) {
      setMessage('Enter a seed, a sample size and (if wanted) how many high risk cases, as whole numbers');
      return;
    }
    const outcome = (await draw({ input: { inspectionId, seed: seed.trim(), size: n, highRiskSize: high } })).data
      ?.drawSample;
    if (outcome?.__typename === 'MutationDrawSampleSuccess') {
      setMessage(null);
      setDrawn(outcome.data);
      onDrawn();
    } else setMessage(outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached.');
  };

  return (
    <Section headingId="draw-heading" heading="2. Draw the sample" className="govuk-!-margin-bottom-8">
      {message ? <Problem message={message} /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <NumberField
          id="seed"
          label="Seed"
          hint="The same seed and case list always draw the same sample."
          value={seed}
          onChange={setSeed}
        />
        <NumberField id="size" label="Sample size" value={size} onChange={setSize} />
        <NumberField
          id="high-risk-size"
          label="High or very high risk of harm cases in the sample"
          value={highRisk}
          onChange={setHighRisk}
        />
        <SubmitButton variant="secondary">Draw the sample</SubmitButton>
      </form>
      {drawn ? (
        <Table
          caption={{ text: `${drawn.sample} case files drawn, ${drawn.reserve} in reserve`, size: 's' }}
          rows={drawn.strata}
          rowKey={(s) => s.key}
          columns={[
            { header: 'Stratum', rowHeader: true, cell: (s) => humanise(s.key) },
            { header: 'Cases', numeric: true, cell: (s) => s.population },
            { header: 'Drawn', numeric: true, cell: (s) => s.drawn },
            { header: 'Reserve', numeric: true, cell: (s) => s.reserve },
          ]}
        />
      ) : null}
    </Section>
  );
}

interface FileRow extends ListedCaseFile {
  sampleRole: string;
  assessor: { id: string; name: string } | null;
}

function AssignCaseFiles(props: {
  files: readonly FileRow[];
  team: readonly { role: string; user: { id: string; name: string } }[];
  onAssigned: () => void;
}) {
  const [, assign] = useMutation(AssignCaseFilesMutation);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assessorId, setAssessorId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const files = props.files.filter((f) => f.sampleRole === 'SAMPLE');

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!assessorId || selected.size === 0) {
      setMessage('Choose the case files and who is to assess them');
      return;
    }
    const outcome = (await assign({ input: { assessorId, caseFileIds: [...selected] } })).data?.assignCaseFiles;
    if (outcome?.__typename === 'MutationAssignCaseFilesSuccess') {
      setMessage(null);
      setDone(`${outcome.data.length} case files assigned to ${outcome.data[0]?.assessor?.name ?? 'the assessor'}.`);
      setSelected(new Set());
      props.onAssigned();
    } else setMessage(outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached.');
  };

  return (
    <Section headingId="assign-heading" heading="3. Assign case files">
      {message ? <Problem message={message} /> : null}
      {done ? (
        <div className="govuk-inset-text" role="status">
          {done}
        </div>
      ) : null}
      {files.length === 0 ? (
        <p className="govuk-body">No sample has been drawn yet.</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <FormGroup id="assessor" label="Assessor">
            <select
              className="govuk-select"
              id="assessor"
              value={assessorId}
              onChange={(e) => setAssessorId(e.target.value)}
            >
              <option value="">Choose an assessor</option>
              {props.team.map((m) => (
                <option key={m.user.id} value={m.user.id}>
                  {m.user.name} ({humanise(m.role)})
                </option>
              ))}
            </select>
          </FormGroup>
          <Table
            caption={{ text: 'Sampled case files', size: 's' }}
            rows={files}
            columns={[
              {
                header: 'Assign',
                cell: (f) => (
                  <div className="govuk-checkboxes govuk-checkboxes--small">
                    <div className="govuk-checkboxes__item">
                      <input
                        className="govuk-checkboxes__input"
                        id={`assign-${f.id}`}
                        type="checkbox"
                        checked={selected.has(f.id)}
                        onChange={() => toggle(f.id)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`assign-${f.id}`}>
                        {f.reference}
                      </label>
                    </div>
                  </div>
                ),
              },
              riskOfHarmColumn,
              assessorColumn,
              assessmentColumn(),
            ]}
          />
          <SubmitButton>Assign {selected.size || ''} case files</SubmitButton>
        </form>
      )}
    </Section>
  );
}
