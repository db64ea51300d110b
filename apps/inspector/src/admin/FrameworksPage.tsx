// Frameworks written by the inspectorate (administrators): download any stored version as a file to start the next
// one from; upload a YAML file or workbook to see every problem, or a preview (the questions an assessor would meet
// on a made-up case, and what changed since the version it follows); then publish it for new inspections.
import type { FrameworkDefinition, RiskOfHarm } from '@scrutiny/domain';
import { RISK_OF_HARM_LEVELS } from '@scrutiny/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { ErrorSummary, type FormProblem, TableRegion } from '@scrutiny/ui';
import {
  AdminFrameworksQuery,
  FrameworkFileQuery,
  PublishFrameworkMutation,
  UploadFrameworkMutation,
} from './documents.ts';
import {
  MADE_UP_DATES,
  MADE_UP_FLAGS,
  questionsForCase,
  readFrameworkUpload,
  type FrameworkFileFormat,
  type MadeUpCase,
} from './framework-preview.ts';

interface Upload {
  name: string;
  format: FrameworkFileFormat;
  content: string;
}

interface Changes {
  fromVersion: string;
  added: readonly string[];
  removed: readonly string[];
  reworded: readonly { key: string; before: string; after: string }[];
  moved: readonly { key: string; fromCriterion: string; toCriterion: string }[];
  comparable: readonly { key: string; earlierKey: string }[];
  notComparable: readonly string[];
}

interface Preview {
  key: string;
  version: string;
  title: string;
  description: string;
  definition: unknown;
  storedAlready: boolean;
  usedByInspections: number;
  changes: Changes | null;
}

const RISK_LABELS: Record<RiskOfHarm, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', VERY_HIGH: 'Very high' };

function saveFile(fileName: string, mediaType: string, content: string, base64: boolean) {
  const bytes = base64 ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(content);
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function KeyList({ keys }: { keys: readonly string[] }) {
  return keys.length === 0 ? <>none</> : <>{keys.join(', ')}</>;
}

function ChangesSummary({ changes }: { changes: Changes }) {
  return (
    <>
      <h2 className="govuk-heading-m">What changed since version {changes.fromVersion}</h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Added questions</dt>
          <dd className="govuk-summary-list__value">
            <KeyList keys={changes.added} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Removed questions</dt>
          <dd className="govuk-summary-list__value">
            <KeyList keys={changes.removed} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Reworded questions</dt>
          <dd className="govuk-summary-list__value">
            {changes.reworded.length === 0 ? (
              'none'
            ) : (
              <ul className="govuk-list">
                {changes.reworded.map((change) => (
                  <li key={change.key}>
                    <strong>{change.key}</strong>: “{change.before}” becomes “{change.after}”
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Moved questions</dt>
          <dd className="govuk-summary-list__value">
            {changes.moved.length === 0
              ? 'none'
              : changes.moved.map((m) => `${m.key} (${m.fromCriterion} to ${m.toCriterion})`).join(', ')}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Compared with version {changes.fromVersion}</dt>
          <dd className="govuk-summary-list__value">
            {changes.comparable.length} question{changes.comparable.length === 1 ? '' : 's'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Left out of comparisons</dt>
          <dd className="govuk-summary-list__value">
            <KeyList keys={changes.notComparable} />
          </dd>
        </div>
      </dl>
    </>
  );
}

function CasePreview({ definition }: { definition: FrameworkDefinition }) {
  const [made, setMade] = useState<MadeUpCase>({
    riskOfHarm: 'MEDIUM',
    flags: new Set(),
    dates: new Set(MADE_UP_DATES),
  });
  const toggle = (kind: 'flags' | 'dates', name: string) =>
    setMade((current) => {
      const next = new Set(current[kind]);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return { ...current, [kind]: next };
    });
  const criteria = questionsForCase(definition, made);
  const asked = criteria.reduce((sum, c) => sum + c.questions.filter((q) => q.asked).length, 0);
  return (
    <>
      <h2 className="govuk-heading-m">As an assessor would meet it</h2>
      <p className="govuk-body">Make up a case file’s facts to see which questions it would be asked.</p>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="preview-risk">
          Risk of harm
        </label>
        <select
          className="govuk-select"
          id="preview-risk"
          value={made.riskOfHarm}
          onChange={(event) => setMade({ ...made, riskOfHarm: event.target.value as RiskOfHarm })}
        >
          {RISK_OF_HARM_LEVELS.map((level) => (
            <option key={level} value={level}>
              {RISK_LABELS[level]}
            </option>
          ))}
        </select>
      </div>
      {(['flags', 'dates'] as const).map((kind) => (
        <div className="govuk-form-group" key={kind}>
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {kind === 'flags' ? 'The case list marks' : 'The case list gives the dates'}
            </legend>
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {(kind === 'flags' ? MADE_UP_FLAGS : MADE_UP_DATES).map((name) => (
                <div className="govuk-checkboxes__item" key={name}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`preview-${kind}-${name}`}
                    type="checkbox"
                    checked={made[kind].has(name)}
                    onChange={() => toggle(kind, name)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`preview-${kind}-${name}`}>
                    {name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      ))}
      <p className="govuk-body" aria-live="polite">
        This case file would be asked {asked} of {definition.measures.length} questions.
      </p>
      {criteria.map((criterion) => (
        <section key={criterion.code}>
          <h3 className="govuk-heading-s">
            {criterion.code} {criterion.title}
          </h3>
          {criterion.questions.length === 0 ? (
            <p className="govuk-body-s">No questions: described in the report, not scored.</p>
          ) : (
            <ul className="govuk-list">
              {criterion.questions.map((question) => (
                <li key={question.key} className={question.asked ? undefined : 'govuk-hint'}>
                  {question.asked ? '' : 'Not asked: '}
                  {question.text} <span className="govuk-body-s">({question.key})</span>
                  {question.asked && question.prompts.length > 0 ? (
                    <ul className="govuk-list govuk-list--bullet govuk-body-s">
                      {question.prompts.map((prompt) => (
                        <li key={prompt}>{prompt}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

export function FrameworksPage({ viewer }: { viewer: { role: string } }) {
  const client = useClient();
  const [frameworks, refetch] = useQuery({ query: AdminFrameworksQuery, requestPolicy: 'cache-and-network' });
  const [, uploadFramework] = useMutation(UploadFrameworkMutation);
  const [, publishFramework] = useMutation(PublishFrameworkMutation);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [fileProblems, setFileProblems] = useState<readonly { where: string; message: string }[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const result = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${problems.length || fileProblems.length ? 'Error: ' : ''}Frameworks – Scrutiny`;
  }, [problems.length, fileProblems.length]);
  useEffect(() => {
    if (preview || fileProblems.length > 0 || published) result.current?.focus();
  }, [preview, fileProblems, published]);

  if (viewer.role !== 'ADMINISTRATOR')
    return (
      <>
        <h1 className="govuk-heading-l">Frameworks</h1>
        <p className="govuk-body">Only administrators upload and publish frameworks.</p>
      </>
    );

  const failed = (outcome: { message?: string } | undefined, fallback: string) =>
    setProblems([{ field: 'framework-file', message: outcome?.message ?? fallback }]);

  const onCheck = async (event: FormEvent) => {
    event.preventDefault();
    setPublished(null);
    setPreview(null);
    setFileProblems([]);
    if (!upload) {
      setProblems([{ field: 'framework-file', message: 'Choose a framework file (.xlsx, .yaml or .json)' }]);
      return;
    }
    setProblems([]);
    setBusy(true);
    const response = await uploadFramework({ input: { format: upload.format, content: upload.content } });
    setBusy(false);
    const outcome = response.data?.uploadFramework;
    if (outcome?.__typename === 'MutationUploadFrameworkSuccess') {
      setFileProblems(outcome.data.problems);
      setPreview((outcome.data.preview as Preview | null) ?? null);
    } else failed(outcome && 'message' in outcome ? outcome : undefined, 'Scrutiny cannot be reached. Try again.');
  };

  const onPublish = async () => {
    if (!upload || !preview) return;
    setBusy(true);
    const response = await publishFramework({ input: { format: upload.format, content: upload.content } });
    setBusy(false);
    const outcome = response.data?.publishFramework;
    if (outcome?.__typename === 'MutationPublishFrameworkSuccess') {
      setPublished(`${outcome.data.title} ${outcome.data.version}`);
      setPreview(null);
      setUpload(null);
      refetch({ requestPolicy: 'network-only' });
    } else if (outcome?.__typename === 'InvalidInputError')
      setFileProblems(outcome.problems.map((p) => ({ where: p.path, message: p.message })));
    else
      failed(
        outcome && 'message' in outcome ? outcome : undefined,
        'Scrutiny cannot be reached. Nothing was published.',
      );
  };

  const onDownload = async (key: string, version: string, format: FrameworkFileFormat) => {
    const response = await client.query(FrameworkFileQuery, { key, version, format }).toPromise();
    const file = response.data?.frameworkFile;
    if (file) saveFile(file.fileName, file.mediaType, file.content, format === 'XLSX');
    else failed(undefined, 'The file could not be made. Try again.');
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary problems={problems} />
        <h1 className="govuk-heading-l">Frameworks</h1>
        <p className="govuk-body">
          A framework is written as a workbook or a YAML file (the guide: docs/FRAMEWORKS.md). Download a version to
          start the next one from, check a file, see it as an assessor would, and publish it for new inspections. A
          version an inspection uses can never change: publish a new version instead.
        </p>
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
              {(frameworks.data?.frameworks ?? []).map((framework) => (
                <tr className="govuk-table__row" key={framework.id}>
                  <td className="govuk-table__cell">
                    {framework.title} <span className="govuk-body-s">({framework.key})</span>
                  </td>
                  <td className="govuk-table__cell">{framework.version}</td>
                  <td className="govuk-table__cell">
                    <button
                      type="button"
                      className="app-link-button govuk-link"
                      onClick={() => void onDownload(framework.key, framework.version, 'XLSX')}
                    >
                      Workbook
                      <span className="govuk-visually-hidden">
                        {' '}
                        of {framework.title} {framework.version}
                      </span>
                    </button>{' '}
                    <button
                      type="button"
                      className="app-link-button govuk-link"
                      onClick={() => void onDownload(framework.key, framework.version, 'YAML')}
                    >
                      YAML
                      <span className="govuk-visually-hidden">
                        {' '}
                        of {framework.title} {framework.version}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>

        <form onSubmit={(event) => void onCheck(event)} noValidate>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--m" htmlFor="framework-file">
              Check a framework file
            </label>
            <div className="govuk-hint" id="framework-file-hint">
              A workbook (.xlsx) or a YAML or JSON file. Nothing is stored until you publish it.
            </div>
            <input
              className="govuk-file-upload"
              id="framework-file"
              type="file"
              accept=".xlsx,.yaml,.yml,.json"
              aria-describedby="framework-file-hint"
              onChange={(event) => {
                const file = event.target.files?.[0];
                setPreview(null);
                setFileProblems([]);
                if (!file) return setUpload(null);
                void readFrameworkUpload(file).then((read) => {
                  if (read) {
                    setUpload({ name: file.name, ...read });
                    setProblems([]);
                  } else {
                    setUpload(null);
                    setProblems([{ field: 'framework-file', message: 'The file must be .xlsx, .yaml, .yml or .json' }]);
                  }
                });
              }}
            />
          </div>
          <button type="submit" className="govuk-button" disabled={busy}>
            Check the file
          </button>
        </form>

        {published ? (
          <div className="govuk-panel govuk-panel--confirmation">
            <h2 className="govuk-panel__title" ref={result} tabIndex={-1}>
              Published
            </h2>
            <div className="govuk-panel__body">{published} is available to new inspections.</div>
          </div>
        ) : null}

        {fileProblems.length > 0 ? (
          <>
            <h2 className="govuk-heading-m" ref={result} tabIndex={-1}>
              {upload?.name ?? 'The file'} has {fileProblems.length} problem{fileProblems.length === 1 ? '' : 's'}
            </h2>
            <TableRegion>
              <table className="govuk-table">
                <caption className="govuk-visually-hidden">Problems, where to find each and what is wrong</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Where
                    </th>
                    <th scope="col" className="govuk-table__header">
                      What is wrong
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {fileProblems.map((problem) => (
                    <tr className="govuk-table__row" key={`${problem.where}-${problem.message}`}>
                      <td className="govuk-table__cell">{problem.where}</td>
                      <td className="govuk-table__cell">{problem.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </>
        ) : null}

        {preview ? (
          <>
            <h2 className="govuk-heading-l" ref={result} tabIndex={-1}>
              {preview.title} {preview.version}
            </h2>
            <p className="govuk-body">{preview.description}</p>
            {preview.usedByInspections > 0 ? (
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  Version {preview.version} is used by {preview.usedByInspections} inspection
                  {preview.usedByInspections === 1 ? '' : 's'} and cannot change. Give this file a new version.
                </strong>
              </div>
            ) : preview.storedAlready ? (
              <p className="govuk-inset-text">
                Version {preview.version} is stored already but no inspection uses it yet: publishing replaces it.
              </p>
            ) : null}
            {preview.changes ? (
              <ChangesSummary changes={preview.changes} />
            ) : (
              <p className="govuk-body">This is the first version of {preview.key}.</p>
            )}
            <CasePreview definition={preview.definition as FrameworkDefinition} />
            <button
              type="button"
              className="govuk-button"
              disabled={busy || preview.usedByInspections > 0}
              onClick={() => void onPublish()}
            >
              Publish {preview.title} {preview.version}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
