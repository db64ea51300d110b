// "Check your answers" before a case file is submitted (GOV.UK pattern): every question with the answer this device
// holds, each with a link back to change it; then the submission, and a confirmation panel that takes the focus.
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import { fieldId } from '../components/QuestionField.tsx';
import { useSaveQueue } from '../components/use-save-queue.ts';
import { CaseFileFrameworkQuery, CaseFileQuery, SubmitCaseFileMutation } from '../documents.ts';
import { Link } from '../routing/router.tsx';
import { currentDraft, groupByCriterion, isAsked, isAssessed, isDerived } from '../pages/case-file-model.ts';
import { ConfirmationPanel, ErrorSummary, type FormProblem } from '@scrutiny/ui';

export function CheckAnswersPage({ id }: { id: string }) {
  const [fileResult] = useQuery({ query: CaseFileQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [frameworkResult] = useQuery({ query: CaseFileFrameworkQuery, variables: { id } });
  const [, submit] = useMutation(SubmitCaseFileMutation);
  const queue = useSaveQueue();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const file = fileResult.data?.caseFile ?? null;
  const node = frameworkResult.data?.node;
  const inspection = node && 'inspection' in node ? node.inspection : undefined;

  useEffect(() => {
    if (!submitted)
      document.title = `${problems.length ? 'Error: ' : ''}Check your answers${file ? ` for case file ${file.reference}` : ''} – Scrutiny`;
  }, [file, problems.length, submitted]);

  if (submitted && file)
    return (
      <>
        <ConfirmationPanel title="Case file submitted">
          Case file <strong>{file.reference}</strong>
        </ConfirmationPanel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          Its answers can no longer be changed by its assessor. An inspector may second-mark it during validation.
        </p>
        <p className="govuk-body">
          <Link to="/">Back to my case files</Link>
        </p>
      </>
    );

  if (!file) {
    if (fileResult.fetching || !fileResult.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Case file not found</h1>
        <p className="govuk-body">It does not exist, or it is not assigned to you.</p>
      </>
    );
  }

  const labels = new Map<string, string>();
  for (const set of inspection?.framework.answerSets ?? [])
    for (const option of set.options) labels.set(`${set.key}:${option.value}`, option.label);
  const criterionTitles = new Map((inspection?.framework.criteria ?? []).map((c) => [c.code, c.title]));
  const server = new Map(file.answers.map((a) => [a.measureKey, a]));
  const casePath = `/case-files/${encodeURIComponent(file.id)}`;
  const unsent = queue.state.entries.filter((e) => e.caseFileId === file.id).length;
  const asked = file.questions.filter(isAsked);
  const unanswered = asked.filter(
    (q) => !isDerived(q) && !isAssessed(currentDraft(queue.state, file.id, q.measureKey, server.get(q.measureKey))),
  );

  const onSubmit = async () => {
    if (unsent > 0) {
      setProblems([
        {
          message: `${unsent} ${unsent === 1 ? 'answer is' : 'answers are'} not saved yet. Submit once they are saved.`,
        },
      ]);
      return;
    }
    const result = await submit({ input: { caseFileId: file.id } });
    const outcome = result.data?.submitCaseFile;
    if (!outcome) {
      setProblems([{ message: 'Scrutiny cannot be reached. Try again when the connection returns.' }]);
      return;
    }
    if (outcome.__typename === 'MutationSubmitCaseFileSuccess') {
      setProblems([]);
      setSubmitted(true);
      return;
    }
    const missing = outcome.__typename === 'InvalidInputError' ? outcome.problems : [];
    setProblems(
      missing.length
        ? missing.map((p) => ({
            message: `${file.questions.find((q) => q.measureKey === p.path)?.text ?? p.path}: not answered yet`,
            field: `check-${fieldId(p.path)}`,
          }))
        : [{ message: outcome.message }],
    );
  };

  return (
    <>
      <span className="govuk-caption-l">{inspection?.title ?? 'Case file'}</span>
      <h1 className="govuk-heading-l">Check your answers for case file {file.reference}</h1>
      <ErrorSummary problems={problems} />
      <p className="govuk-body">
        <Link to={casePath}>Back to the case file</Link>
      </p>
      {unanswered.length ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text" data-testid="unanswered">
            <span className="govuk-visually-hidden">Warning</span>
            {unanswered.length} {unanswered.length === 1 ? 'question needs' : 'questions need'} an answer before the
            case file can be submitted.
          </strong>
        </div>
      ) : null}
      {groupByCriterion(asked).map(([criterion, questions]) => (
        <section key={criterion} aria-labelledby={`check-criterion-${criterion}`}>
          <h2 className="govuk-heading-m" id={`check-criterion-${criterion}`}>
            {criterion} {criterionTitles.get(criterion) ?? ''}
          </h2>
          <dl className="govuk-summary-list govuk-!-margin-bottom-6">
            {questions.map((q) => {
              const draft = currentDraft(queue.state, file.id, q.measureKey, server.get(q.measureKey));
              const derived = isDerived(q);
              const answer = derived
                ? `${q.derivedHolds ? 'Met' : 'Not met'} (from the case’s dates)`
                : !isAssessed(draft)
                  ? 'Not answered'
                  : draft.value === NOT_APPLICABLE_VALUE
                    ? `Not applicable: ${draft.reason ?? ''}`
                    : (labels.get(`${q.answerSet}:${draft.value}`) ?? draft.value);
              return (
                <div className="govuk-summary-list__row" key={q.measureKey} id={`check-${fieldId(q.measureKey)}`}>
                  <dt className="govuk-summary-list__key">{q.text}</dt>
                  <dd className="govuk-summary-list__value">
                    {answer}
                    {draft.comment ? <p className="govuk-body-s govuk-!-margin-0">Comment: {draft.comment}</p> : null}
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    {derived ? null : (
                      <a
                        className="govuk-link"
                        href={`${import.meta.env.BASE_URL}case-files/${encodeURIComponent(file.id)}#${fieldId(q.measureKey)}`}
                      >
                        Change<span className="govuk-visually-hidden"> the answer to “{q.text}”</span>
                      </a>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      <h2 className="govuk-heading-m">Now submit the case file</h2>
      <p className="govuk-body">
        Once submitted, you can no longer change its answers: ask an inspector if one needs to change.
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void onSubmit()}>
          Submit case file
        </button>
        <Link to={casePath}>Back to the case file</Link>
      </div>
    </>
  );
}
