// The case-file assessment page: the file's facts, then the framework's questions by criterion. Answers save
// themselves through the unsent-answers queue; the page shows each one's state and the file's progress.
import { useEffect, useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { saveQueue } from '../app-client.ts';
import { QuestionField, fieldId, type AnswerOption, type SaveState } from '../components/QuestionField.tsx';
import { useSaveQueue } from '../components/use-save-queue.ts';
import { CaseFileFrameworkQuery, CaseFileQuery, FrameworksQuery } from '../documents.ts';
import { fileStatusLabel, humanise, riskLabel } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { questionKey, type AnswerDraft, type SaveConflict } from '../saving/queue-state.ts';
import {
  answerSetSources,
  currentDraft,
  groupByCriterion,
  isAsked,
  isAssessed,
  isDerived,
  type QueryProgress,
} from './case-file-model.ts';

interface Viewer {
  id: string;
  role: string;
}

export function CaseFilePage({ id, viewer }: { id: string; viewer: Viewer }) {
  const [fileResult, refetchFile] = useQuery({
    query: CaseFileQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [frameworkResult, refetchFramework] = useQuery({ query: CaseFileFrameworkQuery, variables: { id } });
  const [frameworksResult, refetchFrameworks] = useQuery({ query: FrameworksQuery });
  const queue = useSaveQueue();
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const file = fileResult.data?.caseFile ?? null;

  useEffect(() => {
    document.title = `${file ? `Case file ${file.reference}` : 'Case file'} – Scrutiny`;
  }, [file]);

  // The file's own framework when its inspection may be read; otherwise the frameworks' answer sets by key.
  const fileNode = frameworkResult.data?.node;
  const inspection = fileNode && 'inspection' in fileNode ? fileNode.inspection : undefined;
  const own = progressOf(frameworkResult, () => inspection?.framework);
  const all = progressOf(frameworksResult, (data) => data.frameworks);
  const sources = answerSetSources(own, all);
  const answerSets = new Map<string, AnswerOption[]>();
  const criterionTitles = new Map<string, string>();
  for (const source of sources ?? []) {
    for (const set of source.answerSets) if (!answerSets.has(set.key)) answerSets.set(set.key, [...set.options]);
    for (const c of source.criteria) if (!criterionTitles.has(c.code)) criterionTitles.set(c.code, c.title);
  }

  // While the file or its questions' options cannot be loaded (no connection), try again every few seconds.
  const unreachable = Boolean(fileResult.error?.networkError) && !file;
  const optionsUnreachable = !sources && (own.unreachable || all.unreachable);
  useEffect(() => {
    if (!unreachable && !optionsUnreachable) return;
    const timer = setInterval(() => {
      if (unreachable) refetchFile({ requestPolicy: 'network-only' });
      if (own.unreachable) refetchFramework({ requestPolicy: 'network-only' });
      if (all.unreachable) refetchFrameworks({ requestPolicy: 'network-only' });
    }, 3000);
    return () => clearInterval(timer);
  }, [
    unreachable,
    optionsUnreachable,
    own.unreachable,
    all.unreachable,
    refetchFile,
    refetchFramework,
    refetchFrameworks,
  ]);

  if (!file) {
    if (fileResult.fetching || (!fileResult.data && !fileResult.error)) return <p className="govuk-body">Loading…</p>;
    if (unreachable)
      return (
        <>
          <h1 className="govuk-heading-l">Case file</h1>
          <p className="govuk-body">
            Scrutiny cannot be reached just now. Answers you have given are kept on this device and are sent when the
            connection returns; this page will load by itself.
          </p>
        </>
      );
    return (
      <>
        <h1 className="govuk-heading-l">Case file not found</h1>
        <p className="govuk-body">It does not exist, or it is not assigned to you.</p>
        <p className="govuk-body">
          <Link to="/">Back to your case files</Link>
        </p>
      </>
    );
  }

  const serverAnswers = new Map(file.answers.map((a) => [a.measureKey, a]));
  const draftOf = (measureKey: string): AnswerDraft =>
    drafts[measureKey] ?? currentDraft(queue.state, file.id, measureKey, serverAnswers.get(measureKey));
  const submitted = file.status === 'SUBMITTED' || file.status === 'VALIDATED';
  const readOnly = submitted && viewer.role === 'AREA_ASSESSOR';

  const stateOf = (measureKey: string): SaveState => {
    const key = questionKey(file.id, measureKey);
    const same = (item: { caseFileId: string; measureKey: string }) =>
      questionKey(item.caseFileId, item.measureKey) === key;
    if (queue.state.conflicts.some(same)) return 'conflict';
    if (queue.state.refusals.some(same)) return 'refused';
    if (queue.state.entries.some(same)) return queue.connection === 'ok' ? 'saving' : 'retrying';
    const draft = draftOf(measureKey);
    if (!draft.value) return 'none';
    if (!isAssessed(draft)) return 'needs-reason';
    return serverAnswers.has(measureKey) || queue.state.versions[key] !== undefined ? 'saved' : 'none';
  };

  const setDraft = (measureKey: string, draft: AnswerDraft) => setDrafts((d) => ({ ...d, [measureKey]: draft }));
  const save = (measureKey: string, draft: AnswerDraft) =>
    saveQueue.save(
      file.id,
      measureKey,
      {
        value: draft.value,
        reason: draft.value === 'NOT_APPLICABLE' ? (draft.reason?.trim() ?? null) : null,
        comment: draft.comment?.trim() || null,
      },
      serverAnswers.get(measureKey)?.version ?? null,
    );
  const takeTheirs = (conflict: SaveConflict) => {
    setDraft(conflict.measureKey, {
      value: conflict.theirs.value,
      reason: conflict.theirs.reason,
      comment: conflict.theirs.comment,
    });
    saveQueue.takeTheirs(conflict.caseFileId, conflict.measureKey);
  };

  const asked = file.questions.filter(isAsked);
  const assessed = asked.filter((q) => isDerived(q) || isAssessed(draftOf(q.measureKey))).length;

  return (
    <>
      <span className="govuk-caption-l">{inspection?.title ?? 'Case file'}</span>
      <h1 className="govuk-heading-l">Case file {file.reference}</h1>
      <p className="govuk-body">
        <Link to="/">Back to my case files</Link>
      </p>
      {sources ? (
        <p className="govuk-body-l" data-testid="assessment-progress">
          {assessed} of {asked.length} questions assessed
          {file.questions.length > asked.length
            ? ` (${file.questions.length - asked.length} do not apply to this case)`
            : ''}
        </p>
      ) : null}
      {readOnly ? (
        <div className="govuk-inset-text">
          This case file has been submitted. Ask an inspector if an answer needs to change.
        </div>
      ) : null}
      <Facts file={file} />
      {sources ? null : (
        <p className="govuk-body" role="status">
          {optionsUnreachable
            ? 'Scrutiny cannot be reached just now, so the questions cannot be shown. Answers you have given are kept on this device; the questions will load by themselves.'
            : 'Loading the questions…'}
        </p>
      )}
      {sources
        ? groupByCriterion(file.questions).map(([criterion, questions]) => (
            <section key={criterion} aria-labelledby={`criterion-${criterion}`} className="govuk-!-margin-bottom-6">
              <h2 className="govuk-heading-m" id={`criterion-${criterion}`}>
                {criterion} {criterionTitles.get(criterion) ?? ''}
              </h2>
              {questions.map((q) => {
                if (!isAsked(q))
                  return (
                    <div className="app-question" key={q.measureKey} id={fieldId(q.measureKey)}>
                      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.text}</p>
                      <p className="govuk-body-s govuk-!-margin-bottom-0">
                        <strong className="govuk-tag govuk-tag--grey">Does not apply to this case</strong> Not asked:
                        the case’s facts put it outside this question.
                      </p>
                    </div>
                  );
                if (isDerived(q))
                  return (
                    <div className="app-question" key={q.measureKey} id={fieldId(q.measureKey)}>
                      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.text}</p>
                      <p className="govuk-body-s govuk-!-margin-bottom-0">
                        <strong className="govuk-tag govuk-tag--blue">{q.derivedHolds ? 'Met' : 'Not met'}</strong>{' '}
                        Answered from the case’s dates: {q.derivation}
                      </p>
                    </div>
                  );
                const key = questionKey(file.id, q.measureKey);
                const same = (item: { caseFileId: string; measureKey: string }) =>
                  questionKey(item.caseFileId, item.measureKey) === key;
                return (
                  <QuestionField
                    key={q.measureKey}
                    caseFileId={file.id}
                    measureKey={q.measureKey}
                    text={q.text}
                    derivation={q.derivation}
                    derivationSettled={q.derivedHolds !== null}
                    prompts={q.prompts}
                    options={answerSets.get(q.answerSet) ?? []}
                    draft={draftOf(q.measureKey)}
                    saveState={stateOf(q.measureKey)}
                    conflict={queue.state.conflicts.find(same)}
                    refusal={queue.state.refusals.find(same)}
                    readOnly={readOnly}
                    onDraft={(draft) => setDraft(q.measureKey, draft)}
                    onSave={(draft) => save(q.measureKey, draft)}
                    onTakeTheirs={takeTheirs}
                  />
                );
              })}
            </section>
          ))
        : null}
      {readOnly || !sources ? null : <SubmitSection caseFileId={file.id} assessed={assessed} asked={asked.length} />}
    </>
  );
}

/** What the page decides on from a query's result: its data, whether the server answered, whether to retry. */
function progressOf<D, T>(
  result: { data?: D; error?: CombinedError; fetching: boolean },
  pick: (data: D) => T | undefined,
): QueryProgress<T> {
  const unreachable = Boolean(result.error?.networkError);
  return {
    data: result.data ? pick(result.data) : undefined,
    unreachable,
    answered: !result.fetching && (result.data !== undefined || (result.error !== undefined && !unreachable)),
  };
}

interface FactsFile {
  officer: string | null;
  status: string;
  facts: {
    reference: string;
    orderType: string;
    riskOfHarm: string;
    mappaCategory: number | null;
    mappaLevel: number | null;
    district: string | null;
    sex: string | null;
    dates: readonly { name: string; date: string }[];
    reviewDates: readonly string[];
    flags: readonly { name: string; value: boolean }[];
  };
}

export function Facts({ file }: { file: FactsFile }) {
  const { facts } = file;
  const rows: [string, string][] = [
    ['Status', fileStatusLabel(file.status)],
    ['Order or licence', facts.orderType],
    ['Risk of harm', riskLabel(facts.riskOfHarm)],
    ['MAPPA', facts.mappaCategory ? `Category ${facts.mappaCategory}, level ${facts.mappaLevel ?? '–'}` : 'Not MAPPA'],
    ['District', facts.district ?? '–'],
    ['Responsible officer', file.officer ?? '–'],
    ...facts.dates.map((d): [string, string] => [humanise(d.name), d.date]),
    ['Reviews', facts.reviewDates.length ? facts.reviewDates.join(', ') : 'None recorded'],
    ...facts.flags.map((f): [string, string] => [humanise(f.name), f.value ? 'Yes' : 'No']),
  ];
  return (
    <details className="govuk-details" open>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Facts of the case</span>
      </summary>
      <div className="govuk-details__text">
        <dl className="govuk-summary-list govuk-!-margin-bottom-0">
          {rows.map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}

/** Submitting goes through "Check your answers" (confirm/CheckAnswersPage.tsx): never one click from here. */
function SubmitSection(props: { caseFileId: string; assessed: number; asked: number }) {
  return (
    <section aria-labelledby="submit-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="submit-heading">
        Submit the case file
      </h2>
      <p className="govuk-body">
        {props.assessed} of {props.asked} questions assessed.
      </p>
      <Link className="govuk-button" to={`/case-files/${encodeURIComponent(props.caseFileId)}/check`}>
        Check your answers
      </Link>
    </section>
  );
}
