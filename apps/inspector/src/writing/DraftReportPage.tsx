// The draft report: its sections in words, then its way to publication (DOMAIN.md § The work, step 7): to the area
// for the factual accuracy check, the area's comments dealt with, sign-off, and publication, which freezes the
// figures. Each step says who may take it; the API refuses anyone else, and its reason is shown.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { StageStep } from '../confirm/stages.ts';
import { humanise } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import {
  DraftReportQuery,
  MoveInspectionMutation,
  PublishInspectionMutation,
  ResolveCommentMutation,
  SetReportTextMutation,
} from './documents.ts';
import { Done, ErrorSummary, type FormProblem, TableRegion, TextAreaField, TextField } from '@scrutiny/ui';
import { longDate, signOffText } from './labels.ts';
import { problemOf } from './outcome.ts';
import { Loading, WritingFrame, writingPaths } from './WritingFrame.tsx';

type Status = 'PLANNED' | 'FIELDWORK' | 'VALIDATION' | 'DRAFTING' | 'FACTUAL_ACCURACY_CHECK' | 'SIGNED_OFF';

interface Step {
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
const STEPS: readonly Step[] = [
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

export function DraftReportPage({ id }: { id: string }) {
  const [result, refetch] = useQuery({
    query: DraftReportQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState<string | null>(null);
  const inspection = result.data?.inspection ?? null;
  if (!inspection) return <Loading found={false} fetching={result.fetching || !result.data} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const finished = (message: string) => {
    setDone(message);
    reload();
  };
  const sections = (result.data?.reportSections ?? []).filter(
    (s) => !s.followUpOnly || inspection.kind === 'FOLLOW_UP',
  );
  const known = new Set(sections.map((s) => s.key));
  const others = inspection.reportTexts.filter((t) => !known.has(t.section));
  const paths = writingPaths(inspection.id);

  return (
    <WritingFrame inspection={inspection} heading="Draft report and publication" current="report">
      <Done message={done} />
      <Workflow
        inspection={inspection}
        openComments={inspection.factualAccuracyComments.filter((c) => !c.resolved).length}
        onDone={finished}
      />
      <FactualAccuracyComments inspection={inspection} onDone={finished} />

      <h2 className="govuk-heading-m govuk-!-margin-top-8">The report in words</h2>
      <p className="govuk-body">
        Inspectors of the team or a chief inspector write each section. The criteria’s parts come from the{' '}
        <Link to={paths.findings}>findings</Link>; the figures from the case files. See it all in the{' '}
        <Link to={paths.preview}>preview of the report</Link>.
      </p>
      {sections.map((section) => {
        const text = inspection.reportTexts.find((t) => t.section === section.key);
        return (
          <SectionForm
            key={`${section.key}${text?.updatedAt ?? ''}`}
            inspectionId={inspection.id}
            section={section}
            text={text ?? null}
            published={inspection.published}
            onDone={finished}
          />
        );
      })}
      {others.map((text) => (
        <section key={text.id} aria-labelledby={`section-${text.section}-heading`}>
          <h3 className="govuk-heading-s" id={`section-${text.section}-heading`}>
            {humanise(text.section)}
          </h3>
          <p className="govuk-body app-pre-line">{text.text}</p>
        </section>
      ))}
    </WritingFrame>
  );
}

function SectionForm({
  inspectionId,
  section,
  text,
  published,
  onDone,
}: {
  inspectionId: string;
  section: { key: string; title: string; description: string };
  text: { text: string; signedBy: string | null } | null;
  published: boolean;
  onDone: (message: string) => void;
}) {
  const [, setReportText] = useMutation(SetReportTextMutation);
  const [value, setValue] = useState(text?.text ?? '');
  const [signedBy, setSignedBy] = useState(text?.signedBy ?? '');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const id = `section-${section.key.toLowerCase()}`;
  const signed = section.key === 'FOREWORD';

  if (published)
    return (
      <section aria-labelledby={`${id}-heading`}>
        <h3 className="govuk-heading-s" id={`${id}-heading`}>
          {section.title}
        </h3>
        <p className="govuk-body app-pre-line">{text?.text ?? 'Not written.'}</p>
      </section>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) {
      setProblems([{ field: id, message: `Enter the text of the ${section.title.toLowerCase()}` }]);
      return;
    }
    const answer = await setReportText({
      input: { inspectionId, section: section.key, text: value, ...(signed ? { signedBy } : {}) },
    });
    const message = problemOf(answer, answer.data?.setReportText);
    if (message) return setProblems([{ message }]);
    setProblems([]);
    onDone(`${section.title} saved.`);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="govuk-!-margin-bottom-6">
      <ErrorSummary problems={problems} />
      <TextAreaField
        id={id}
        label={section.title}
        labelClass="govuk-label--s"
        hint={`${section.description} Leave a blank line between paragraphs; start a line with “- ” for a bullet.`}
        value={value}
        onChange={setValue}
        error={problems.find((p) => p.field === id)?.message}
        rows={section.key === 'FOREWORD' || section.key === 'SUMMARY' ? 8 : 4}
      />
      {signed ? (
        <TextField
          id={`${id}-signed-by`}
          label="Signed by (optional)"
          hint="For example: Andrew Bridges, HM Chief Inspector of Probation"
          value={signedBy}
          onChange={setSignedBy}
        />
      ) : null}
      <button type="submit" className="govuk-button govuk-button--secondary">
        Save the {section.title.toLowerCase()}
      </button>
    </form>
  );
}

function Workflow({
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
    <section aria-labelledby="workflow-heading">
      <h2 className="govuk-heading-m" id="workflow-heading">
        Where the report is
      </h2>
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
    </section>
  );
}

function FactualAccuracyComments({
  inspection,
  onDone,
}: {
  inspection: {
    status: string;
    published: boolean;
    factualAccuracyComments: readonly {
      id: string;
      section: string | null;
      text: string;
      createdAt: string;
      resolved: boolean;
      author: { name: string };
    }[];
  };
  onDone: (message: string) => void;
}) {
  const [, resolve] = useMutation(ResolveCommentMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const comments = inspection.factualAccuracyComments;
  const open = comments.filter((c) => !c.resolved).length;
  const markDealtWith = async (commentId: string, n: number) => {
    const answer = await resolve({ input: { commentId } });
    const message = problemOf(answer, answer.data?.resolveFactualAccuracyComment);
    setProblem(message);
    if (!message) onDone(`Comment ${n} is marked as dealt with.`);
  };
  return (
    <section aria-labelledby="comments-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="comments-heading">
        Factual accuracy comments
      </h2>
      <p className="govuk-body">
        The area’s board comments on the draft while it is with the area for its factual accuracy check. Inspectors of
        the team or a chief inspector mark each one as dealt with.
      </p>
      {problem ? <ErrorSummary problems={[{ message: problem }]} /> : null}
      {comments.length === 0 ? (
        <p className="govuk-body">No comments on the draft.</p>
      ) : (
        <>
          <p className="govuk-body" data-testid="comments-open">
            {open === 0 ? 'Every comment is dealt with.' : `${open} of ${comments.length} comments not yet dealt with.`}
          </p>
          <TableRegion>
            <table className="govuk-table">
              <caption className="govuk-visually-hidden">Comments on the draft report, oldest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Comment
                  </th>
                  <th scope="col" className="govuk-table__header">
                    About
                  </th>
                  <th scope="col" className="govuk-table__header">
                    From
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Dealt with
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {comments.map((comment, i) => (
                  <tr className="govuk-table__row" key={comment.id}>
                    <td className="govuk-table__cell app-pre-line">{comment.text}</td>
                    <td className="govuk-table__cell">
                      {comment.section ? humanise(comment.section) : 'The whole report'}
                    </td>
                    <td className="govuk-table__cell">
                      {comment.author.name}, {longDate(comment.createdAt)}
                    </td>
                    <td className="govuk-table__cell">
                      {comment.resolved ? (
                        <strong className="govuk-tag govuk-tag--green">Dealt with</strong>
                      ) : inspection.published ? (
                        'No'
                      ) : (
                        <button
                          type="button"
                          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          onClick={() => void markDealtWith(comment.id, i + 1)}
                        >
                          Mark<span className="govuk-visually-hidden"> comment {i + 1}</span> as dealt with
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </section>
  );
}
