// The case-file assessment page: the file's facts, then the framework's questions by criterion. Answers save
// themselves through the unsent-answers queue; the page shows each one's state and the file's progress. The parts
// live in case-file/.
import { useEffect } from 'react';
import { useSaveQueue } from '../components/use-save-queue.ts';
import { Link } from '../routing/router.tsx';
import { groupByCriterion, isAsked, isAssessed, isDerived } from './case-file-model.ts';
import { useCaseFileQueries } from './case-file/use-case-file-queries.ts';
import { useDraftStore } from './case-file/use-draft-store.ts';
import { answerDrafts } from './case-file/answer-drafts.ts';
import { CaseFileMissing } from './case-file/CaseFileMissing.tsx';
import { CriterionQuestions } from './case-file/CriterionQuestions.tsx';
import { Facts } from './case-file/Facts.tsx';
import { SubmitSection } from './case-file/SubmitSection.tsx';

interface Viewer {
  id: string;
  name: string;
  role: string;
}

export function CaseFilePage({ id, viewer }: { id: string; viewer: Viewer }) {
  const { fileResult, file, inspection, sources, answerSets, criterionTitles, unreachable, optionsUnreachable } =
    useCaseFileQueries(id);
  const queue = useSaveQueue();
  const store = useDraftStore(viewer.id, id, file !== null);

  useEffect(() => {
    document.title = `${file ? `Case file ${file.reference}` : 'Case file'} – Scrutiny`;
  }, [file]);

  if (!file)
    return (
      <CaseFileMissing
        loading={fileResult.fetching || (!fileResult.data && !fileResult.error)}
        unreachable={unreachable}
      />
    );

  const answers = answerDrafts(file, queue, store);
  const submitted = file.status === 'SUBMITTED' || file.status === 'VALIDATED';
  const readOnly = submitted && viewer.role === 'AREA_ASSESSOR';
  const asked = file.questions.filter(isAsked);
  const assessed = asked.filter((q) => isDerived(q) || isAssessed(answers.draftOf(q.measureKey))).length;
  const unsentHere = queue.state.entries.filter((e) => e.caseFileId === file.id).length;

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
            <CriterionQuestions
              key={criterion}
              criterion={criterion}
              title={criterionTitles.get(criterion) ?? ''}
              questions={questions}
              caseFileId={file.id}
              answerSets={answerSets}
              answers={answers}
              queue={queue}
              readOnly={readOnly}
              viewerName={viewer.name}
              reasonMissing={store.reasonMissing}
            />
          ))
        : null}
      {readOnly || !sources ? null : (
        <SubmitSection caseFileId={file.id} unsent={unsentHere} assessed={assessed} asked={asked.length} />
      )}
    </>
  );
}
