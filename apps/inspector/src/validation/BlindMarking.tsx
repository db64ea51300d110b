// The blind part of validation: the inspector marks every question from the case record, seeing nothing of the
// assessor's answers, each answer saved as it is given.
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import { QuestionField, type AnswerOption } from '../components/QuestionField.tsx';
import { groupByCriterion, isAsked } from '../pages/case-file-model.ts';
import { CompareSection } from './CompareSection.tsx';
import type { MarkingQuestion } from './marking.ts';
import { NotMarkedHere } from './NotMarkedHere.tsx';
import { useBlindAnswers } from './use-blind-answers.ts';

export function BlindMarking(props: {
  caseFileId: string;
  questions: readonly MarkingQuestion[];
  readOnly: boolean;
  markedBy: string | null;
  answerSets: Map<string, AnswerOption[]>;
  criterionTitles: Map<string, string>;
  onCompared: () => void;
}) {
  const { draft, stateOf, setDraft, save, refusals } = useBlindAnswers(props.caseFileId);
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
            if (!isAsked({ ...q, value: null }) || !q.toMark) return <NotMarkedHere key={q.measureKey} question={q} />;
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
