// A framework as an assessor would meet it: made-up facts of a case file, and the questions they would be asked.
import type { FrameworkDefinition, RiskOfHarm } from '@scrutiny/domain';
import { RISK_OF_HARM_LEVELS } from '@scrutiny/domain';
import { useState } from 'react';
import { MADE_UP_DATES, MADE_UP_FLAGS, questionsForCase, type MadeUpCase } from '../framework-preview.ts';

const RISK_LABELS: Record<RiskOfHarm, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', VERY_HIGH: 'Very high' };

export function CasePreview({ definition }: { definition: FrameworkDefinition }) {
  const [made, setMade] = useState<MadeUpCase>({
    riskOfHarm: 'MEDIUM',
    flags: new Set(),
    dates: new Set(MADE_UP_DATES),
  });
  const toggle = (kind: 'flags' | 'dates', name: string) =>
    setMade((current) => {
      const next = new Set(current[kind]);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return { ...current, [kind]: next };
    });
  const criteria = questionsForCase(definition, made);
  const asked = criteria.reduce((sum, c) => sum + c.questions.filter((q) => q.asked).length, 0);
  return (
    <>
      <h2 className="govuk-heading-m">As an assessor would meet it</h2>
      <p className="govuk-body">Make up a case file’s facts to see which questions it would be asked.</p>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="preview-risk">
          Risk of harm
        </label>
        <select
          className="govuk-select"
          id="preview-risk"
          value={made.riskOfHarm}
          onChange={(event) => setMade({ ...made, riskOfHarm: event.target.value as RiskOfHarm })}
        >
          {RISK_OF_HARM_LEVELS.map((level) => (
            <option key={level} value={level}>
              {RISK_LABELS[level]}
            </option>
          ))}
        </select>
      </div>
      {(['flags', 'dates'] as const).map((kind) => (
        <div className="govuk-form-group" key={kind}>
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {kind === 'flags' ? 'The case list marks' : 'The case list gives the dates'}
            </legend>
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {(kind === 'flags' ? MADE_UP_FLAGS : MADE_UP_DATES).map((name) => (
                <div className="govuk-checkboxes__item" key={name}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`preview-${kind}-${name}`}
                    type="checkbox"
                    checked={made[kind].has(name)}
                    onChange={() => toggle(kind, name)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`preview-${kind}-${name}`}>
                    {name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      ))}
      <p className="govuk-body" aria-live="polite">
        This case file would be asked {asked} of {definition.measures.length} questions.
      </p>
      {criteria.map((criterion) => (
        <section key={criterion.code}>
          <h3 className="govuk-heading-s">
            {criterion.code} {criterion.title}
          </h3>
          {criterion.questions.length === 0 ? (
            <p className="govuk-body-s">No questions: described in the report, not scored.</p>
          ) : (
            <ul className="govuk-list">
              {criterion.questions.map((question) => (
                <li key={question.key} className={question.asked ? undefined : 'govuk-hint'}>
                  {question.asked ? '' : 'Not asked: '}
                  {question.text} <span className="govuk-body-s">({question.key})</span>
                  {question.asked && question.prompts.length > 0 ? (
                    <ul className="govuk-list govuk-list--bullet govuk-body-s">
                      {question.prompts.map((prompt) => (
                        <li key={prompt}>{prompt}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
