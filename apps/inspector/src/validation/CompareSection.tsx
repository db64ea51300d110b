// The end of blind marking: compare with the assessor's answers, after which the marking is fixed.
import { ErrorSummary, Section } from '@scrutiny/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { fieldId } from '../components/QuestionField.tsx';
import { CompareSecondMarkingMutation } from './documents.ts';

export function CompareSection(props: {
  caseFileId: string;
  saving: boolean;
  marked: number;
  toMark: number;
  questionText: Map<string, string>;
  onCompared: () => void;
}) {
  const [, compare] = useMutation(CompareSecondMarkingMutation);
  const [problem, setProblem] = useState<{ message: string; missing: string[] } | null>(null);
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
    <Section headingId="compare-heading" heading="Compare with the assessor’s answers" className="govuk-!-margin-top-6">
      <ErrorSummary
        title="The marking was not compared"
        headingLevel={3}
        description={problem?.message}
        problems={(problem?.missing ?? []).map((key) => ({
          field: fieldId(key),
          message: props.questionText.get(key) ?? key,
        }))}
      />
      <p className="govuk-body">
        {props.marked} of {props.toMark} questions marked. Once you compare, your marking cannot change.
      </p>
      <button type="button" className="govuk-button" onClick={() => void onCompare()}>
        Finish marking and compare
      </button>
    </Section>
  );
}
