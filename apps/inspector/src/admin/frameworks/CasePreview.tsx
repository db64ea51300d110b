// A framework as an assessor would meet it: made-up facts of a case file, and the questions they would be asked.
import type { FrameworkDefinition, RiskOfHarm } from '@scrutiny/domain';
import { RISK_OF_HARM_LEVELS } from '@scrutiny/domain';
import { useState } from 'react';
import { Checkboxes, SelectField } from '@scrutiny/ui';
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
      <SelectField
        id="preview-risk"
        label="Risk of harm"
        options={RISK_OF_HARM_LEVELS.map((level) => ({ value: level, label: RISK_LABELS[level] }))}
        value={made.riskOfHarm}
        onChange={(level) => setMade({ ...made, riskOfHarm: RISK_OF_HARM_LEVELS.find((l) => l === level) ?? 'MEDIUM' })}
      />
      {(['flags', 'dates'] as const).map((kind) => (
        <Checkboxes
          key={kind}
          id={`preview-${kind}`}
          legend={kind === 'flags' ? 'The case list marks' : 'The case list gives the dates'}
          small
          options={(kind === 'flags' ? MADE_UP_FLAGS : MADE_UP_DATES).map((name) => ({
            value: name,
            label: name,
            id: `preview-${kind}-${name}`,
          }))}
          chosen={made[kind]}
          onToggle={(name) => toggle(kind, name)}
        />
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
