// One criterion's questions on the case-file page: those not asked, those answered from the case's dates, and the
// ones the assessor answers.
import { QuestionField, fieldId, type AnswerOption } from '../../components/QuestionField.tsx';
import type { QueueSnapshot } from '../../saving/save-queue.ts';
import { isAsked, isDerived, type QuestionLike } from '../case-file-model.ts';
import type { AnswerDrafts } from './answer-drafts.ts';

/** A comment or reason is saved once typing pauses this long; an arrow-key choice once it has rested this long. */
const TYPING_PAUSE_MS = 800;
const CHOICE_SETTLE_MS = 1200;

export interface CaseQuestion extends QuestionLike {
  text: string;
  prompts: readonly string[];
  answerSet: string;
}

export function CriterionQuestions({
  criterion,
  title,
  questions,
  caseFileId,
  answerSets,
  answers,
  queue,
  readOnly,
  viewerName,
  reasonMissing,
}: {
  criterion: string;
  title: string;
  questions: readonly CaseQuestion[];
  caseFileId: string;
  answerSets: ReadonlyMap<string, AnswerOption[]>;
  answers: AnswerDrafts;
  queue: QueueSnapshot;
  readOnly: boolean;
  viewerName: string;
  reasonMissing: ReadonlySet<string>;
}) {
  const { same, draftOf, stateOf, setDraft, commit, saveSoon, takeTheirs } = answers;
  return (
    <section aria-labelledby={`criterion-${criterion}`} className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id={`criterion-${criterion}`}>
        {criterion} {title}
      </h2>
      {questions.map((q) => {
        if (!isAsked(q))
          return (
            <div className="app-question" key={q.measureKey} id={fieldId(q.measureKey)}>
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.text}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                <strong className="govuk-tag govuk-tag--grey">Does not apply to this case</strong> Not asked: the case’s
                facts put it outside this question.
              </p>
            </div>
          );
        if (isDerived(q))
          return (
            <div className="app-question" key={q.measureKey} id={fieldId(q.measureKey)}>
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.text}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                <strong className="govuk-tag govuk-tag--blue">{q.derivedHolds ? 'Met' : 'Not met'}</strong> Answered
                from the case’s dates: {q.derivation}
              </p>
            </div>
          );
        return (
          <QuestionField
            key={q.measureKey}
            caseFileId={caseFileId}
            measureKey={q.measureKey}
            text={q.text}
            derivation={q.derivation}
            derivationSettled={q.derivedHolds !== null}
            prompts={q.prompts}
            options={answerSets.get(q.answerSet) ?? []}
            draft={draftOf(q.measureKey)}
            saveState={stateOf(q.measureKey)}
            conflict={queue.state.conflicts.find(same(q.measureKey))}
            refusal={queue.state.refusals.find(same(q.measureKey))}
            readOnly={readOnly}
            viewerName={viewerName}
            reasonMissing={reasonMissing.has(q.measureKey)}
            onDraft={(draft) => setDraft(q.measureKey, draft)}
            onSave={(draft) => {
              setDraft(q.measureKey, draft);
              commit(q.measureKey, true);
            }}
            onSaveSoon={(draft, settle) => {
              setDraft(q.measureKey, draft);
              saveSoon(q.measureKey, settle === 'choice' ? CHOICE_SETTLE_MS : TYPING_PAUSE_MS);
            }}
            onTakeTheirs={takeTheirs}
          />
        );
      })}
    </section>
  );
}
