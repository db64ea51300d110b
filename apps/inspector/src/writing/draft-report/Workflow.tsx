// The draft report's way to publication: the steps from fieldwork to publication, each saying who may take it.
import { useState } from 'react';
import { useMutation } from 'urql';
import type { StageStep } from '../../confirm/stages.ts';
import { humanise } from '../../labels.ts';
import { Link } from '../../routing/router.tsx';
import { MoveInspectionMutation, PublishInspectionMutation } from '../documents.ts';
import { ErrorSummary, Section } from '@scrutiny/ui';
import { longDate, signOffText } from '../labels.ts';
import { problemOf } from '../outcome.ts';

export function Workflow({
  inspection,
  openComments,
  onDone,
}: {
  inspection: {
    id: string;
    status: string;
    published: boolean;
    publishedAt: string | null;
    signedOffAt: string | null;
    signedOffBy: { name: string } | null;
    previousStage: string | null;
  };
  openComments: number;
  onDone: (message: string) => void;
}) {
  const [, move] = useMutation(MoveInspectionMutation);
  const [, publish] = useMutation(PublishInspectionMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const steps = STEPS.filter((s) => s.from === inspection.status);

  const take = async (step: Step) => {
    let message: string | null;
    if (step.to === 'PUBLISHED') {
      const answer = await publish({ input: { inspectionId: inspection.id } });
      message = problemOf(answer, answer.data?.publishInspection);
    } else {
      const answer = await move({ input: { inspectionId: inspection.id, to: step.to } });
      message = problemOf(answer, answer.data?.moveInspection);
    }
    setProblem(message);
    if (!message)
      onDone(
        step.to === 'PUBLISHED'
          ? 'The report is published. Its figures are frozen.'
          : step.to === 'SIGNED_OFF'
            ? 'Sign-off is recorded.'
            : `The report is now at: ${humanise(step.to).toLowerCase()}.`,
      );
  };

  return (
    <Section headingId="workflow-heading" heading="Where the report is">
      {problem ? <ErrorSummary problems={[{ message: problem }]} /> : null}
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value" data-testid="report-status">
            {humanise(inspection.status)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Sign-off</dt>
          <dd className="govuk-summary-list__value" data-testid="report-sign-off">
            {signOffText(inspection)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Publication</dt>
          <dd className="govuk-summary-list__value" data-testid="report-publication">
            {inspection.publishedAt
              ? `Published on ${longDate(inspection.publishedAt)}; its figures are frozen`
              : 'Not published'}
          </dd>
          <dd className="govuk-summary-list__actions">
            {inspection.published ? (
              // The public report is the board app's, at the site's root.
              <a className="govuk-link" href={`/reports/${encodeURIComponent(inspection.id)}`}>
                Read the published report
              </a>
            ) : null}
          </dd>
        </div>
      </dl>
      {steps.length === 0 && !inspection.published ? (
        <p className="govuk-body">
          The report is drafted once fieldwork and validation are done: the inspection is at{' '}
          {humanise(inspection.status).toLowerCase()}.
        </p>
      ) : null}
      {steps.map((step) => (
        <div key={`${step.from}-${step.to}`} className="govuk-!-margin-bottom-4">
          {step.to === 'PUBLISHED' ? (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {step.who}
              </strong>
            </div>
          ) : (
            <p className="govuk-body govuk-!-margin-bottom-2" id={`step-${step.to.toLowerCase()}-who`}>
              {step.who}
              {step.to === 'SIGNED_OFF' && openComments > 0
                ? ` ${openComments === 1 ? 'One comment is' : `${openComments} comments are`} not yet dealt with.`
                : ''}
            </p>
          )}
          {step.confirm ? (
            // The big steps are confirmed on a page of their own, which says what follows.
            <Link
              className={`govuk-button${step.to === 'PUBLISHED' ? ' govuk-button--warning' : ''}`}
              to={`/inspections/${encodeURIComponent(inspection.id)}/confirm/${step.confirm}`}
              aria-describedby={step.to === 'PUBLISHED' ? undefined : `step-${step.to.toLowerCase()}-who`}
            >
              {step.label}
            </Link>
          ) : (
            <button
              type="button"
              className={`govuk-button${step.to === 'PUBLISHED' ? ' govuk-button--warning' : ''}`}
              aria-describedby={step.to === 'PUBLISHED' ? undefined : `step-${step.to.toLowerCase()}-who`}
              onClick={() => void take(step)}
            >
              {step.label}
            </button>
          )}
        </div>
      ))}
      {inspection.previousStage ? (
        <p className="govuk-body">
          Ended a stage too soon? As lead inspector you can{' '}
          <Link to={`/inspections/${encodeURIComponent(inspection.id)}/move-back`}>
            move the inspection back to {humanise(inspection.previousStage).toLowerCase()}
          </Link>
          , giving a reason.
        </p>
      ) : null}
    </Section>
  );
}

export type Status = 'PLANNED' | 'FIELDWORK' | 'VALIDATION' | 'DRAFTING' | 'FACTUAL_ACCURACY_CHECK' | 'SIGNED_OFF';

export interface Step {
  /** The status the step is taken from. */
  from: Status;
  to: Status | 'PUBLISHED';
  label: string;
  who: string;
  /** The confirmation page the step goes through, for the steps that cannot simply be taken again. */
  confirm?: StageStep;
}

/**
 * The workflow from fieldwork to publication; the API holds the rules, these are the buttons. Each goes forward:
 * the way back is the lead inspector's "move the inspection back" page, with a reason for the audit log.
 */
export const STEPS: readonly Step[] = [
  // Without these an inspection planned in the app could never reach drafting: no other page moves it on.
  {
    from: 'PLANNED',
    to: 'FIELDWORK',
    label: 'Start fieldwork',
    who: 'Inspectors of the team or a chief inspector. Assessors can answer their case files before and during fieldwork.',
  },
  {
    from: 'FIELDWORK',
    to: 'VALIDATION',
    label: 'End fieldwork and start validation',
    confirm: 'end-fieldwork',
    who: 'Inspectors of the team or a chief inspector, once the case files are assessed.',
  },
  {
    from: 'VALIDATION',
    to: 'DRAFTING',
    label: 'Start drafting the report',
    confirm: 'end-validation',
    who: 'Inspectors of the team or a chief inspector.',
  },
  {
    from: 'DRAFTING',
    to: 'FACTUAL_ACCURACY_CHECK',
    label: 'Send to the area for the factual accuracy check',
    who: 'Inspectors of the team or a chief inspector. The area’s board can then read the draft and comment on it.',
  },
  {
    from: 'FACTUAL_ACCURACY_CHECK',
    to: 'SIGNED_OFF',
    label: 'Record sign-off',
    who: 'A chief or assistant chief inspector only, once the area’s comments are dealt with.',
  },
  {
    from: 'SIGNED_OFF',
    to: 'PUBLISHED',
    label: 'Publish the report',
    confirm: 'publish',
    who: 'A chief or assistant chief inspector only. Publication freezes the figures and the text and makes them public; it cannot be undone.',
  },
];
