// Validation of one case file. First the inspector marks every question blind (the API gives this page nothing
// of the assessor's answers); then, once they compare, the two markings side by side, and a form to resolve each
// disagreement, whose resolved value becomes the answer.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import { QuestionField, fieldId, type AnswerOption, type SaveState } from '../components/QuestionField.tsx';
import { CaseFileFrameworkQuery } from '../documents.ts';
import { Facts } from '../pages/CaseFilePage.tsx';
import { groupByCriterion, isAsked, isAssessed } from '../pages/case-file-model.ts';
import { Link } from '../routing/router.tsx';
import type { AnswerDraft } from '../saving/queue-state.ts';
import { TableRegion } from '@scrutiny/ui';
import {
  CaseFileValidationQuery,
  CompareSecondMarkingMutation,
  RecordValidationMutation,
  ResolveValidationMutation,
} from './documents.ts';

interface Viewer {
  id: string;
  name: string;
  role: string;
}

interface ValidationShape {
  id: string;
  value: string;
  reason: string | null;
  comment: string | null;
  compared: boolean;
  assessorValue: string | null;
  assessorReason: string | null;
  agrees: boolean | null;
  resolvedValue: string | null;
  resolutionNote: string | null;
  resolvedBy: { id: string; name: string } | null;
}

interface MarkingQuestion {
  measureKey: string;
  criterion: string;
  text: string;
  answerSet: string;
  status: string;
  toMark: boolean;
  derivation: string | null;
  derivedHolds: boolean | null;
  validation: ValidationShape | null;
}

export function CaseFileValidationPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const [result, refetch] = useQuery({
    query: CaseFileValidationQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [frameworkResult] = useQuery({ query: CaseFileFrameworkQuery, variables: { id } });
  const file = result.data?.caseFile ?? null;

  useEffect(() => {
    document.title = `${file ? `Validation of case file ${file.reference}` : 'Validation'} – Scrutiny`;
  }, [file]);

  const fileNode = frameworkResult.data?.node;
  const inspection = fileNode && 'inspection' in fileNode ? fileNode.inspection : undefined;
  const answerSets = useMemo(() => {
    const sets = new Map<string, AnswerOption[]>();
    for (const set of inspection?.framework.answerSets ?? []) sets.set(set.key, [...set.options]);
    return sets;
  }, [inspection]);
  const criterionTitles = useMemo(
    () => new Map((inspection?.framework.criteria ?? []).map((c) => [c.code, c.title])),
    [inspection],
  );

  if (!file) {
    if (result.fetching || !result.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Case file not found</h1>
        <p className="govuk-body">It does not exist, or you are not on its inspection’s team.</p>
      </>
    );
  }

  const marking = file.secondMarking;
  const back = inspection ? (
    <p className="govuk-body">
      <Link to={`/inspections/${encodeURIComponent(inspection.id)}/validation`}>Back to validation</Link>
    </p>
  ) : null;
  const heading = (
    <>
      <span className="govuk-caption-l">{inspection?.title ?? 'Validation'}</span>
      <h1 className="govuk-heading-l">Validation of case file {file.reference}</h1>
      {back}
    </>
  );
  if (!marking)
    return (
      <>
        {heading}
        <p className="govuk-body">
          Only HM inspectors of the inspection’s team and chief inspectors validate case files.
        </p>
      </>
    );
  if (marking.state === 'NOT_READY')
    return (
      <>
        {heading}
        <p className="govuk-body">The assessor has not submitted this case file yet. Second-mark it once they have.</p>
      </>
    );

  // The questions show with their own options or not at all: without them an answer would read as no answer.
  if (!inspection)
    return (
      <>
        {heading}
        <p className="govuk-body" role="status">
          {frameworkResult.error
            ? 'The questions cannot be loaded just now. Reload the page to try again.'
            : 'Loading the questions…'}
        </p>
      </>
    );

  const labelOf = (answerSet: string, value: string | null) => {
    if (value === null) return 'No answer';
    if (value === NOT_APPLICABLE_VALUE) return 'Not applicable';
    return answerSets.get(answerSet)?.find((o) => o.value === value)?.label ?? value;
  };
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const markedByOther = marking.markedBy !== null && marking.markedBy !== viewer.name && !marking.compared;

  return (
    <>
      {heading}
      <Facts file={file} />
      {marking.compared ? (
        <Comparison
          caseFileId={file.id}
          assessorName={file.assessor?.name ?? 'The assessor'}
          questions={marking.questions}
          disagreements={marking.disagreementCount}
          unresolved={marking.unresolvedCount}
          labelOf={labelOf}
          answerSets={answerSets}
          onChanged={reload}
        />
      ) : (
        <BlindMarking
          caseFileId={file.id}
          questions={marking.questions}
          readOnly={markedByOther}
          markedBy={marking.markedBy}
          answerSets={answerSets}
          criterionTitles={criterionTitles}
          onCompared={reload}
        />
      )}
    </>
  );
}

function draftOf(v: ValidationShape | null): AnswerDraft {
  return v ? { value: v.value, reason: v.reason, comment: v.comment } : { value: '', reason: null, comment: null };
}

function BlindMarking(props: {
  caseFileId: string;
  questions: readonly MarkingQuestion[];
  readOnly: boolean;
  markedBy: string | null;
  answerSets: Map<string, AnswerOption[]>;
  criterionTitles: Map<string, string>;
  onCompared: () => void;
}) {
  const [, record] = useMutation(RecordValidationMutation);
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const latest = useRef<Record<string, number>>({});

  const draft = (q: MarkingQuestion) => drafts[q.measureKey] ?? draftOf(q.validation);
  const stateOf = (q: MarkingQuestion): SaveState => {
    const known = states[q.measureKey];
    if (known) return known;
    if (q.validation) return 'saved';
    const d = draft(q);
    if (d.value && !isAssessed(d)) return 'needs-reason';
    return 'none';
  };

  const setDraft = (measureKey: string, next: AnswerDraft) => {
    setDrafts((all) => ({ ...all, [measureKey]: next }));
    if (next.value === NOT_APPLICABLE_VALUE && !next.reason?.trim())
      setStates((s) => ({ ...s, [measureKey]: 'needs-reason' }));
  };

  const save = async (measureKey: string, given: AnswerDraft) => {
    const attempt = (latest.current[measureKey] ?? 0) + 1;
    latest.current[measureKey] = attempt;
    setStates((s) => ({ ...s, [measureKey]: 'saving' }));
    const outcome = await record({
      input: {
        caseFileId: props.caseFileId,
        measureKey,
        value: given.value,
        reason: given.value === NOT_APPLICABLE_VALUE ? (given.reason?.trim() ?? null) : null,
        comment: given.comment?.trim() || null,
      },
    });
    if (latest.current[measureKey] !== attempt) return; // a later answer to the same question is on its way
    const payload = outcome.data?.recordValidation;
    if (payload?.__typename === 'MutationRecordValidationSuccess') {
      setStates((s) => ({ ...s, [measureKey]: 'saved' }));
      return;
    }
    const message =
      payload && 'message' in payload ? payload.message : 'Scrutiny could not be reached. Give the answer again.';
    setRefusals((r) => ({ ...r, [measureKey]: message }));
    setStates((s) => ({ ...s, [measureKey]: 'refused' }));
  };

  const toMark = props.questions.filter((q) => q.toMark);
  const marked = toMark.filter((q) => stateOf(q) === 'saved').length;
  const saving = toMark.some((q) => stateOf(q) === 'saving');
  const textOf = new Map(props.questions.map((q) => [q.measureKey, q.text]));

  return (
    <>
      <div className="govuk-inset-text">
        Mark each question from the case record, as the assessor did. The assessor’s answers stay hidden until you have
        marked every question and compare; from then your marking is fixed.
      </div>
      {props.readOnly ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {props.markedBy} is second-marking this case file.
          </strong>
        </div>
      ) : null}
      <p className="govuk-body-l" data-testid="marking-progress" aria-live="polite">
        {marked} of {toMark.length} questions marked
      </p>
      {groupByCriterion(props.questions).map(([criterion, questions]) => (
        <section key={criterion} aria-labelledby={`criterion-${criterion}`} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id={`criterion-${criterion}`}>
            {criterion} {props.criterionTitles.get(criterion) ?? ''}
          </h2>
          {questions.map((q) => {
            // The blind question carries no answer value: nothing of the assessor's reaches this page.
            if (!isAsked({ ...q, value: null }))
              return (
                <div className="app-question" key={q.measureKey} id={fieldId(q.measureKey)}>
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.text}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    <strong className="govuk-tag govuk-tag--grey">Does not apply to this case</strong> Not asked: the
                    case’s facts put it outside this question.
                  </p>
                </div>
              );
            if (!q.toMark)
              return (
                <div className="app-question" key={q.measureKey} id={fieldId(q.measureKey)}>
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.text}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    <strong className="govuk-tag govuk-tag--blue">{q.derivedHolds ? 'Met' : 'Not met'}</strong> Answered
                    from the case’s dates: {q.derivation}
                  </p>
                </div>
              );
            const d = draft(q);
            const state = stateOf(q);
            return (
              <QuestionField
                key={q.measureKey}
                caseFileId={props.caseFileId}
                measureKey={q.measureKey}
                text={q.text}
                derivation={q.derivation}
                options={props.answerSets.get(q.answerSet) ?? []}
                draft={d}
                saveState={state}
                conflict={undefined}
                refusal={
                  state === 'refused'
                    ? {
                        caseFileId: props.caseFileId,
                        measureKey: q.measureKey,
                        mine: d,
                        message: refusals[q.measureKey] ?? '',
                      }
                    : undefined
                }
                readOnly={props.readOnly}
                viewerName=""
                reasonMissing={false}
                onDraft={(next) => setDraft(q.measureKey, next)}
                // Second marking saves a choice when it is made (or, moved to by arrow keys, when focus leaves the
                // group), and a comment or reason when its box loses focus.
                onSaveSoon={(next) => setDraft(q.measureKey, next)}
                onSave={(next) => {
                  setDraft(q.measureKey, next);
                  if (next.value === NOT_APPLICABLE_VALUE && !next.reason?.trim()) return;
                  void save(q.measureKey, next);
                }}
                onTakeTheirs={() => undefined}
              />
            );
          })}
        </section>
      ))}
      {props.readOnly ? null : (
        <CompareSection
          caseFileId={props.caseFileId}
          saving={saving}
          marked={marked}
          toMark={toMark.length}
          questionText={textOf}
          onCompared={props.onCompared}
        />
      )}
    </>
  );
}

function CompareSection(props: {
  caseFileId: string;
  saving: boolean;
  marked: number;
  toMark: number;
  questionText: Map<string, string>;
  onCompared: () => void;
}) {
  const [, compare] = useMutation(CompareSecondMarkingMutation);
  const [problem, setProblem] = useState<{ message: string; missing: string[] } | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (problem) summary.current?.focus();
  }, [problem]);

  const onCompare = async () => {
    if (props.saving) {
      setProblem({ message: 'Some answers are still being saved. Compare once they are saved.', missing: [] });
      return;
    }
    const outcome = (await compare({ input: { caseFileId: props.caseFileId } })).data?.compareSecondMarking;
    if (!outcome) {
      setProblem({ message: 'Scrutiny cannot be reached. Try again when the connection returns.', missing: [] });
      return;
    }
    if (outcome.__typename === 'MutationCompareSecondMarkingSuccess') {
      setProblem(null);
      props.onCompared();
      return;
    }
    const missing = outcome.__typename === 'InvalidInputError' ? outcome.problems.map((p) => p.path) : [];
    setProblem({ message: outcome.message, missing });
  };

  return (
    <section aria-labelledby="compare-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="compare-heading">
        Compare with the assessor’s answers
      </h2>
      {problem ? (
        <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
          <div role="alert">
            <h3 className="govuk-error-summary__title">The marking was not compared</h3>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{problem.message}</p>
              {problem.missing.length ? (
                <ul className="govuk-list govuk-error-summary__list">
                  {problem.missing.map((key) => (
                    <li key={key}>
                      <a href={`#${fieldId(key)}`}>{props.questionText.get(key) ?? key}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </div>
        </div>
      ) : null}
      <p className="govuk-body">
        {props.marked} of {props.toMark} questions marked. Once you compare, your marking cannot change.
      </p>
      <button type="button" className="govuk-button" onClick={() => void onCompare()}>
        Finish marking and compare
      </button>
    </section>
  );
}

function Comparison(props: {
  caseFileId: string;
  assessorName: string;
  questions: readonly MarkingQuestion[];
  disagreements: number;
  unresolved: number;
  labelOf: (answerSet: string, value: string | null) => string;
  answerSets: Map<string, AnswerOption[]>;
  onChanged: () => void;
}) {
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const marked = props.questions.filter((q) => q.toMark && q.validation);
  const agreed = marked.filter((q) => q.validation!.agrees).length;
  const shown = onlyDisagreements ? marked.filter((q) => !q.validation!.agrees) : marked;
  const toResolve = marked.filter((q) => !q.validation!.agrees && q.validation!.resolvedValue === null);
  const describe = (q: MarkingQuestion, value: string | null, reason: string | null) =>
    `${props.labelOf(q.answerSet, value)}${value === NOT_APPLICABLE_VALUE && reason ? ` (${reason})` : ''}`;

  return (
    <>
      <h2 className="govuk-heading-m" id="comparison-heading" ref={headingRef} tabIndex={-1}>
        Your marking beside the assessor’s
      </h2>
      <p className="govuk-body-l" data-testid="file-agreement">
        You gave the assessor’s answer on {agreed} of {marked.length} questions.{' '}
        {props.disagreements === 0
          ? 'There is nothing to resolve.'
          : `${props.unresolved} of ${props.disagreements} ${props.disagreements === 1 ? 'disagreement' : 'disagreements'} to resolve.`}
      </p>
      <p className="govuk-body" role="status" data-testid="resolution-status">
        {announcement}
      </p>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="only-disagreements"
              type="checkbox"
              checked={onlyDisagreements}
              onChange={(e) => setOnlyDisagreements(e.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="only-disagreements">
              Show disagreements only
            </label>
          </div>
        </div>
      </div>
      <TableRegion>
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {onlyDisagreements ? 'Disagreements' : 'Every question marked'}: {props.assessorName}’s answer and yours
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Question
              </th>
              <th scope="col" className="govuk-table__header">
                {props.assessorName} (assessor)
              </th>
              <th scope="col" className="govuk-table__header">
                You
              </th>
              <th scope="col" className="govuk-table__header">
                Outcome
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shown.map((q) => {
              const v = q.validation!;
              return (
                <tr className="govuk-table__row" key={q.measureKey} data-question={q.measureKey}>
                  <th scope="row" className="govuk-table__header">
                    {q.text}
                  </th>
                  <td className="govuk-table__cell">{describe(q, v.assessorValue, v.assessorReason)}</td>
                  <td className="govuk-table__cell">{describe(q, v.value, v.reason)}</td>
                  <td className="govuk-table__cell">
                    {v.agrees ? (
                      <strong className="govuk-tag govuk-tag--green">Agreed</strong>
                    ) : v.resolvedValue !== null ? (
                      <>
                        <strong className="govuk-tag govuk-tag--blue">Resolved</strong> as{' '}
                        {props.labelOf(q.answerSet, v.resolvedValue)}
                        {v.resolutionNote ? `: ${v.resolutionNote}` : ''}
                        {v.resolvedBy ? ` (${v.resolvedBy.name})` : ''}
                      </>
                    ) : (
                      <a className="govuk-link" href={`#resolve-${fieldId(q.measureKey)}`}>
                        <strong className="govuk-tag govuk-tag--red">To resolve</strong>
                        <span className="govuk-visually-hidden"> “{q.text}”</span>
                      </a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      {toResolve.length ? (
        <section aria-labelledby="resolve-heading">
          <h2 className="govuk-heading-m" id="resolve-heading">
            Resolve the disagreements
          </h2>
          <p className="govuk-body">
            Choose the answer the case file should have: the assessor’s, yours, or another. It becomes the answer that
            counts in the scores.
          </p>
          {toResolve.map((q) => (
            <ResolveForm
              key={q.measureKey}
              question={q}
              assessorName={props.assessorName}
              options={props.answerSets.get(q.answerSet) ?? []}
              onResolved={(label) => {
                setAnnouncement(`“${q.text}” resolved as ${label}.`);
                props.onChanged();
              }}
            />
          ))}
        </section>
      ) : null}
    </>
  );
}

function ResolveForm(props: {
  question: MarkingQuestion;
  assessorName: string;
  options: readonly AnswerOption[];
  onResolved: (label: string) => void;
}) {
  const { question } = props;
  const v = question.validation!;
  const [, resolve] = useMutation(ResolveValidationMutation);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const id = `resolve-${fieldId(question.measureKey)}`;
  const all = [...props.options, { value: NOT_APPLICABLE_VALUE, label: 'Not applicable' }];
  const whose = (option: string) =>
    [option === v.assessorValue ? `${props.assessorName}’s answer` : null, option === v.value ? 'your answer' : null]
      .filter(Boolean)
      .join(' and ');

  useEffect(() => {
    if (errors.length) summary.current?.focus();
  }, [errors]);

  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  const onSubmit = async () => {
    const found: { field: string; message: string }[] = [];
    if (!value) found.push({ field: `${id}-value`, message: 'Choose the answer the case file should have' });
    if (value === NOT_APPLICABLE_VALUE && !reason.trim())
      found.push({ field: `${id}-reason`, message: 'Enter why the question does not apply' });
    if (!note.trim()) found.push({ field: `${id}-note`, message: 'Enter a note saying why' });
    if (found.length) {
      setErrors(found);
      return;
    }
    const outcome = (
      await resolve({
        input: {
          validationId: v.id,
          value,
          reason: value === NOT_APPLICABLE_VALUE ? reason.trim() : null,
          note: note.trim(),
        },
      })
    ).data?.resolveValidation;
    if (outcome?.__typename === 'MutationResolveValidationSuccess') {
      setErrors([]);
      props.onResolved(all.find((o) => o.value === value)?.label ?? value);
      return;
    }
    setErrors([
      {
        field: `${id}-value`,
        message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
      },
    ]);
  };

  return (
    <div className="app-question" id={id} data-resolve={question.measureKey}>
      <h3 className="govuk-heading-s">{question.text}</h3>
      {errors.length ? (
        <div className="govuk-error-summary" ref={summary} tabIndex={-1}>
          <div role="alert">
            <h4 className="govuk-error-summary__title">The disagreement was not resolved</h4>
            <div className="govuk-error-summary__body">
              <ul className="govuk-list govuk-error-summary__list">
                {errors.map((e) => (
                  <li key={e.field}>
                    <a href={`#${e.field}`}>{e.message}</a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      ) : null}
      <div className={`govuk-form-group${errorOf(`${id}-value`) ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" id={`${id}-value`}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            What should the answer be?<span className="govuk-visually-hidden"> “{question.text}”</span>
          </legend>
          {errorOf(`${id}-value`) ? (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errorOf(`${id}-value`)}
            </p>
          ) : null}
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {all.map((option) => {
              const optionId = `${id}-${option.value}`;
              const note = whose(option.value);
              return (
                <div className="govuk-radios__item" key={option.value}>
                  <input
                    className="govuk-radios__input"
                    id={optionId}
                    name={`${id}-value`}
                    type="radio"
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => setValue(option.value)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                    {option.label}
                    {note ? ` (${note})` : ''}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      {value === NOT_APPLICABLE_VALUE ? (
        <div className={`govuk-form-group${errorOf(`${id}-reason`) ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor={`${id}-reason`}>
            Why does this question not apply to this case?
          </label>
          {errorOf(`${id}-reason`) ? (
            <p className="govuk-error-message" id={`${id}-reason-error`}>
              <span className="govuk-visually-hidden">Error:</span> {errorOf(`${id}-reason`)}
            </p>
          ) : null}
          <textarea
            className="govuk-textarea"
            id={`${id}-reason`}
            rows={2}
            value={reason}
            aria-describedby={errorOf(`${id}-reason`) ? `${id}-reason-error` : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      ) : null}
      <div className={`govuk-form-group${errorOf(`${id}-note`) ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={`${id}-note`}>
          Note: why this answer<span className="govuk-visually-hidden"> to “{question.text}”</span>
        </label>
        {errorOf(`${id}-note`) ? (
          <p className="govuk-error-message" id={`${id}-note-error`}>
            <span className="govuk-visually-hidden">Error:</span> {errorOf(`${id}-note`)}
          </p>
        ) : null}
        <textarea
          className="govuk-textarea"
          id={`${id}-note`}
          rows={2}
          value={note}
          aria-describedby={errorOf(`${id}-note`) ? `${id}-note-error` : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void onSubmit()}>
        Resolve<span className="govuk-visually-hidden"> “{question.text}”</span>
      </button>
    </div>
  );
}
