// A question the second marker does not mark: one the case's facts put outside, or one answered from the case's dates.
import { fieldId } from '../components/QuestionField.tsx';
import { isAsked } from '../pages/case-file-model.ts';
import type { MarkingQuestion } from './marking.ts';

/** Shown for a question that is not asked (the case's facts) or not to mark (answered from the case's dates). */
export function NotMarkedHere({ question: q }: { question: MarkingQuestion }) {
  return (
    <div className="app-question" id={fieldId(q.measureKey)}>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{q.text}</p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        {isAsked({ ...q, value: null }) ? (
          <>
            <strong className="govuk-tag govuk-tag--blue">{q.derivedHolds ? 'Met' : 'Not met'}</strong> Answered from
            the case’s dates: {q.derivation}
          </>
        ) : (
          <>
            <strong className="govuk-tag govuk-tag--grey">Does not apply to this case</strong> Not asked: the case’s
            facts put it outside this question.
          </>
        )}
      </p>
    </div>
  );
}
