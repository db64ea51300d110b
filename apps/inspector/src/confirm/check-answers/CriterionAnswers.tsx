// One criterion's questions with the answers this device holds, each with a link back to change it (a question the
// case's dates settle has none).
import { NOT_APPLICABLE_VALUE } from '../../answers.ts';
import { fieldId } from '../../components/QuestionField.tsx';
import { isAssessed, isDerived, type QuestionLike } from '../../pages/case-file-model.ts';
import type { AnswerDraft } from '../../saving/queue-state.ts';

export interface CheckedQuestion extends QuestionLike {
  text: string;
  answerSet: string;
}

export function CriterionAnswers({
  criterion,
  title,
  questions,
  caseFileId,
  draftOf,
  labelOf,
}: {
  criterion: string;
  title: string;
  questions: readonly CheckedQuestion[];
  caseFileId: string;
  draftOf: (question: CheckedQuestion) => AnswerDraft;
  /** The words of an answer in its answer set, if the framework has them. */
  labelOf: (answerSet: string, value: string) => string | undefined;
}) {
  return (
    <section aria-labelledby={`check-criterion-${criterion}`}>
      <h2 className="govuk-heading-m" id={`check-criterion-${criterion}`}>
        {criterion} {title}
      </h2>
      <dl className="govuk-summary-list govuk-!-margin-bottom-6">
        {questions.map((q) => {
          const draft = draftOf(q);
          const derived = isDerived(q);
          const answer = derived
            ? `${q.derivedHolds ? 'Met' : 'Not met'} (from the case’s dates)`
            : !isAssessed(draft)
              ? 'Not answered'
              : draft.value === NOT_APPLICABLE_VALUE
                ? `Not applicable: ${draft.reason ?? ''}`
                : (labelOf(q.answerSet, draft.value) ?? draft.value);
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
                    href={`${import.meta.env.BASE_URL}case-files/${encodeURIComponent(caseFileId)}#${fieldId(q.measureKey)}`}
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
  );
}
