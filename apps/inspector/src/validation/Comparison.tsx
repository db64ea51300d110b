// After comparing: the second marking beside the assessor's, question by question, and a form to settle each
// disagreement.
import { CheckboxField, Table, Section } from '@scrutiny/ui';
import { useEffect, useRef, useState } from 'react';
import { NOT_APPLICABLE_VALUE } from '../answers.ts';
import { fieldId, type AnswerOption } from '../components/QuestionField.tsx';
import type { MarkingQuestion } from './marking.ts';
import { ResolveForm } from './ResolveForm.tsx';

export function Comparison(props: {
  caseFileId: string;
  assessorName: string;
  questions: readonly MarkingQuestion[];
  disagreements: number;
  unresolved: number;
  labelOf: (answerSet: string, value: string | null) => string;
  answerSets: Map<string, AnswerOption[]>;
  onChanged: () => void;
}) {
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const marked = props.questions.filter((q) => q.toMark && q.validation);
  const agreed = marked.filter((q) => q.validation!.agrees).length;
  const shown = onlyDisagreements ? marked.filter((q) => !q.validation!.agrees) : marked;
  const toResolve = marked.filter((q) => !q.validation!.agrees && q.validation!.resolvedValue === null);
  const describe = (q: MarkingQuestion, value: string | null, reason: string | null) =>
    `${props.labelOf(q.answerSet, value)}${value === NOT_APPLICABLE_VALUE && reason ? ` (${reason})` : ''}`;

  return (
    <>
      <h2 className="govuk-heading-m" id="comparison-heading" ref={headingRef} tabIndex={-1}>
        Your marking beside the assessor’s
      </h2>
      <p className="govuk-body-l" data-testid="file-agreement">
        You gave the assessor’s answer on {agreed} of {marked.length} questions.{' '}
        {props.disagreements === 0
          ? 'There is nothing to resolve.'
          : `${props.unresolved} of ${props.disagreements} ${props.disagreements === 1 ? 'disagreement' : 'disagreements'} to resolve.`}
      </p>
      <p className="govuk-body" role="status" data-testid="resolution-status">
        {announcement}
      </p>
      <CheckboxField
        id="only-disagreements"
        label="Show disagreements only"
        small
        checked={onlyDisagreements}
        onChange={setOnlyDisagreements}
      />
      <Table
        caption={{
          text: `${onlyDisagreements ? 'Disagreements' : 'Every question marked'}: ${props.assessorName}’s answer and yours`,
          size: 's',
        }}
        className="govuk-table--small-text-until-tablet"
        rows={shown}
        rowKey={(q) => q.measureKey}
        rowProps={(q) => ({ 'data-question': q.measureKey })}
        columns={[
          { header: 'Question', rowHeader: true, cell: (q) => q.text },
          {
            header: `${props.assessorName} (assessor)`,
            cell: (q) => describe(q, q.validation!.assessorValue, q.validation!.assessorReason),
          },
          { header: 'You', cell: (q) => describe(q, q.validation!.value, q.validation!.reason) },
          {
            header: 'Outcome',
            cell: (q) => {
              const v = q.validation!;
              return v.agrees ? (
                <strong className="govuk-tag govuk-tag--green">Agreed</strong>
              ) : v.resolvedValue !== null ? (
                <>
                  <strong className="govuk-tag govuk-tag--blue">Resolved</strong> as{' '}
                  {props.labelOf(q.answerSet, v.resolvedValue)}
                  {v.resolutionNote ? `: ${v.resolutionNote}` : ''}
                  {v.resolvedBy ? ` (${v.resolvedBy.name})` : ''}
                </>
              ) : (
                <a className="govuk-link" href={`#resolve-${fieldId(q.measureKey)}`}>
                  <strong className="govuk-tag govuk-tag--red">To resolve</strong>
                  <span className="govuk-visually-hidden"> “{q.text}”</span>
                </a>
              );
            },
          },
        ]}
      />
      {toResolve.length ? (
        <Section headingId="resolve-heading" heading="Resolve the disagreements">
          <p className="govuk-body">
            Choose the answer the case file should have: the assessor’s, yours, or another. It becomes the answer that
            counts in the scores.
          </p>
          {toResolve.map((q) => (
            <ResolveForm
              key={q.measureKey}
              question={q}
              assessorName={props.assessorName}
              options={props.answerSets.get(q.answerSet) ?? []}
              onResolved={(label) => {
                setAnnouncement(`“${q.text}” resolved as ${label}.`);
                props.onChanged();
              }}
            />
          ))}
        </Section>
      ) : null}
    </>
  );
}
