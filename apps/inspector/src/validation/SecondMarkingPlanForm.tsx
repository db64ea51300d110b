// The lead inspector's choice of what is second-marked (issue 16 item 6): every submitted file or chosen ones,
// every applicable question or chosen ones (the overall judgements among them). The API refuses anyone else.
import { useState } from 'react';
import { useMutation } from 'urql';
import { SetSecondMarkingPlanMutation } from './documents.ts';

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
      {outcome ? (
        <div
          className={outcome.error ? 'govuk-error-summary' : 'govuk-inset-text'}
          role={outcome.error ? 'alert' : 'status'}
        >
          <p className="govuk-body">{outcome.message}</p>
        </div>
      ) : null}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Choose files and questions</span>
        </summary>
        <div className="govuk-details__text">
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Case files</legend>
              <div className="govuk-radios govuk-radios--small">
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id="plan-files-all"
                    type="radio"
                    name="plan-files"
                    checked={allFiles}
                    onChange={() => setAllFiles(true)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor="plan-files-all">
                    Every submitted case file
                  </label>
                </div>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id="plan-files-chosen"
                    type="radio"
                    name="plan-files"
                    checked={!allFiles}
                    onChange={() => setAllFiles(false)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor="plan-files-chosen">
                    Chosen case files
                  </label>
                </div>
              </div>
              {!allFiles ? (
                <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2">
                  {props.files.map((file) => (
                    <div className="govuk-checkboxes__item" key={file.id}>
                      <input
                        className="govuk-checkboxes__input"
                        id={`plan-file-${file.id}`}
                        type="checkbox"
                        checked={fileIds.has(file.id)}
                        onChange={() => toggle(fileIds, file.id, setFileIds)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`plan-file-${file.id}`}>
                        {file.reference}
                      </label>
                    </div>
                  ))}
                </div>
              ) : null}
            </fieldset>
          </div>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Questions</legend>
              <div className="govuk-radios govuk-radios--small">
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id="plan-questions-all"
                    type="radio"
                    name="plan-questions"
                    checked={allQuestions}
                    onChange={() => setAllQuestions(true)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor="plan-questions-all">
                    Every applicable question, the overall judgements included
                  </label>
                </div>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id="plan-questions-chosen"
                    type="radio"
                    name="plan-questions"
                    checked={!allQuestions}
                    onChange={() => setAllQuestions(false)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor="plan-questions-chosen">
                    Chosen questions
                  </label>
                </div>
              </div>
              {!allQuestions ? (
                <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2">
                  {props.measures.map((measure) => (
                    <div className="govuk-checkboxes__item" key={measure.key}>
                      <input
                        className="govuk-checkboxes__input"
                        id={`plan-question-${measure.key}`}
                        type="checkbox"
                        checked={keys.has(measure.key)}
                        onChange={() => toggle(keys, measure.key, setKeys)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`plan-question-${measure.key}`}>
                        {measure.criterion}: {measure.text}
                      </label>
                    </div>
                  ))}
                </div>
              ) : null}
            </fieldset>
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save what is second-marked
          </button>
        </div>
      </details>
    </form>
  );
}
