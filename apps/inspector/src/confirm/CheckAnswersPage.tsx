// "Check your answers" before a case file is submitted (GOV.UK pattern): every question with the answer this device
// holds, each with a link back to change it; then the submission, and a confirmation panel that takes the focus.
// Its parts are in check-answers/.
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldId } from '../components/QuestionField.tsx';
import { useSaveQueue } from '../components/use-save-queue.ts';
import { CaseFileFrameworkQuery, CaseFileQuery, SubmitCaseFileMutation } from '../documents.ts';
import { Link } from '../routing/router.tsx';
import { currentDraft, groupByCriterion, isAsked, isAssessed, isDerived } from '../pages/case-file-model.ts';
import { ErrorSummary, type FormProblem } from '@scrutiny/ui';
import { CaseFileSubmitted } from './check-answers/CaseFileSubmitted.tsx';
import { UnansweredWarning } from './check-answers/UnansweredWarning.tsx';
import { CriterionAnswers } from './check-answers/CriterionAnswers.tsx';

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

  if (submitted && file) return <CaseFileSubmitted reference={file.reference} />;

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
      <UnansweredWarning count={unanswered.length} />
      {groupByCriterion(asked).map(([criterion, questions]) => (
        <CriterionAnswers
          key={criterion}
          criterion={criterion}
          title={criterionTitles.get(criterion) ?? ''}
          questions={questions}
          caseFileId={file.id}
          draftOf={(q) => currentDraft(queue.state, file.id, q.measureKey, server.get(q.measureKey))}
          labelOf={(answerSet, value) => labels.get(`${answerSet}:${value}`)}
        />
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
