// The lead inspector's choice of what is second-marked (issue 16 item 6): every submitted file or chosen ones,
// every applicable question or chosen ones (the overall judgements among them). The API refuses anyone else.
import { useState } from 'react';
import { useMutation } from 'urql';
import { ErrorSummary } from '@scrutiny/ui';
import { SetSecondMarkingPlanMutation } from './documents.ts';
import { AllOrChosenField } from './second-marking-plan/AllOrChosenField.tsx';

interface Plan {
  allCaseFiles: boolean;
  caseFileIds: readonly string[] | null;
  allQuestions: boolean;
  measureKeys: readonly string[] | null;
}

export function describePlan(plan: Plan): string {
  const files = plan.allCaseFiles
    ? 'every submitted case file'
    : `${plan.caseFileIds?.length ?? 0} chosen case file${plan.caseFileIds?.length === 1 ? '' : 's'}`;
  const questions = plan.allQuestions
    ? 'every applicable question'
    : `${plan.measureKeys?.length ?? 0} chosen question${plan.measureKeys?.length === 1 ? '' : 's'}`;
  return `Second-marked: ${questions} of ${files}.`;
}

export function SecondMarkingPlanForm(props: {
  inspectionId: string;
  plan: Plan;
  files: readonly { id: string; reference: string }[];
  measures: readonly { key: string; criterion: string; text: string }[];
  onSaved: () => void;
}) {
  const [, save] = useMutation(SetSecondMarkingPlanMutation);
  const [allFiles, setAllFiles] = useState(props.plan.allCaseFiles);
  const [fileIds, setFileIds] = useState<Set<string>>(new Set(props.plan.caseFileIds ?? []));
  const [allQuestions, setAllQuestions] = useState(props.plan.allQuestions);
  const [keys, setKeys] = useState<Set<string>>(new Set(props.plan.measureKeys ?? []));
  const [outcome, setOutcome] = useState<{ error: boolean; message: string } | null>(null);

  const toggle = (set: Set<string>, value: string, update: (next: Set<string>) => void) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    update(next);
  };

  const onSave = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = (
      await save({
        input: {
          inspectionId: props.inspectionId,
          ...(allFiles ? {} : { caseFileIds: [...fileIds] }),
          ...(allQuestions ? {} : { measureKeys: props.measures.map((m) => m.key).filter((k) => keys.has(k)) }),
        },
      })
    ).data?.setSecondMarkingPlan;
    if (!result)
      setOutcome({ error: true, message: 'Scrutiny cannot be reached. Try again when the connection returns.' });
    else if (result.__typename === 'MutationSetSecondMarkingPlanSuccess') {
      setOutcome({ error: false, message: `Saved. ${describePlan(result.data)}` });
      props.onSaved();
    } else setOutcome({ error: true, message: result.message });
  };

  return (
    <form onSubmit={onSave} aria-labelledby="plan-heading" noValidate>
      <h2 className="govuk-heading-m" id="plan-heading">
        What is second-marked
      </h2>
      <p className="govuk-body" data-testid="plan-summary">
        {describePlan(props.plan)} The lead inspector chooses; agreement and kappa are given over what is marked.
      </p>
      {outcome?.error ? <ErrorSummary problems={[{ message: outcome.message }]} headingLevel={3} /> : null}
      {outcome && !outcome.error ? (
        <div className="govuk-inset-text" role="status">
          <p className="govuk-body">{outcome.message}</p>
        </div>
      ) : null}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Choose files and questions</span>
        </summary>
        <div className="govuk-details__text">
          <AllOrChosenField
            legend="Case files"
            name="plan-files"
            itemPrefix="plan-file-"
            allLabel="Every submitted case file"
            chosenLabel="Chosen case files"
            all={allFiles}
            onAll={setAllFiles}
            items={props.files.map((file) => ({ key: file.id, label: file.reference }))}
            chosen={fileIds}
            onToggle={(id) => toggle(fileIds, id, setFileIds)}
          />
          <AllOrChosenField
            legend="Questions"
            name="plan-questions"
            itemPrefix="plan-question-"
            allLabel="Every applicable question, the overall judgements included"
            chosenLabel="Chosen questions"
            all={allQuestions}
            onAll={setAllQuestions}
            items={props.measures.map((measure) => ({
              key: measure.key,
              label: (
                <>
                  {measure.criterion}: {measure.text}
                </>
              ),
            }))}
            chosen={keys}
            onToggle={(key) => toggle(keys, key, setKeys)}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save what is second-marked
          </button>
        </div>
      </details>
    </form>
  );
}
