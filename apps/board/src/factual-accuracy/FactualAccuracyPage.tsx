import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '@scrutiny/graphql-client';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { SignInNeeded } from '../pages/AreaPage.tsx';
import { useViewer } from '../viewer.ts';
import { AddFactualAccuracyCommentMutation, FactualAccuracyDraftQuery } from './documents.ts';
import { commentSubjects, subjectLabel, type SubjectGroup } from './subjects.ts';
import { TableRegion } from '@scrutiny/ui';

type Draft = NonNullable<ResultOf<typeof FactualAccuracyDraftQuery>['inspection']>;
type Comment = Draft['factualAccuracyComments'][number];

/** The board member's side of the factual accuracy check: comment on the draft, and see what the team resolved. */
export default function FactualAccuracyPage() {
  const { viewer, fetching } = useViewer();
  if (fetching && !viewer) return <Loading />;
  if (!viewer?.area) return <SignInNeeded what="Factual accuracy check" />;
  return <FactualAccuracy />;
}

function FactualAccuracy() {
  const { inspectionId = '' } = useParams();
  const [result, refetch] = useQuery({ query: FactualAccuracyDraftQuery, variables: { id: inspectionId } });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  const draft = result.data?.inspection;
  if (!draft) return <NotFoundPage what="Draft report" />;
  const groups = commentSubjects({ ...draft, criteria: draft.framework.criteria });
  const open = draft.status === 'FACTUAL_ACCURACY_CHECK';
  return (
    <>
      <title>{`Factual accuracy check – ${draft.title} – Scrutiny`}</title>
      <span className="govuk-caption-l">{draft.area.name}</span>
      <h1 className="govuk-heading-xl">Factual accuracy check: {draft.title}</h1>
      {open ? (
        <p className="govuk-body">
          The inspection team has shared its draft report with your area before publication.{' '}
          <Link className="govuk-link" to={`/reports/${encodeURIComponent(draft.id)}`}>
            Read the draft report
          </Link>{' '}
          and tell the team about anything in it that is not accurate: a section of the report, a criterion or a figure.
        </p>
      ) : (
        <div className="govuk-inset-text">
          <p className="govuk-body">
            {draft.published
              ? 'This report is published; the factual accuracy check is closed.'
              : 'The factual accuracy check is closed: the team is no longer taking comments on this draft.'}{' '}
            <Link className="govuk-link" to={`/reports/${encodeURIComponent(draft.id)}`}>
              Read the report
            </Link>
          </p>
        </div>
      )}
      {open ? (
        <CommentForm
          inspectionId={draft.id}
          groups={groups}
          onSent={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
      <Comments comments={draft.factualAccuracyComments} groups={groups} />
    </>
  );
}

function CommentForm(props: { inspectionId: string; groups: SubjectGroup[]; onSent: () => void }) {
  const [about, setAbout] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [state, add] = useMutation(AddFactualAccuracyCommentMutation);
  const summary = useRef<HTMLDivElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  // Focus goes to what changed: the error summary after a refusal, the confirmation after a comment is sent.
  useEffect(() => {
    if (problem) summary.current?.focus();
  }, [problem]);
  useEffect(() => {
    if (sent) banner.current?.focus();
  }, [sent]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(null);
    if (text.trim() === '') {
      setProblem('Enter your comment');
      return;
    }
    const result = await add({
      input: { inspectionId: props.inspectionId, section: about || null, text: text.trim() },
    });
    const payload = result.data?.addFactualAccuracyComment;
    if (payload?.__typename === 'MutationAddFactualAccuracyCommentSuccess') {
      setProblem(null);
      setText('');
      setAbout('');
      setSent(subjectLabel(payload.data.section, props.groups));
      props.onSent();
      return;
    }
    setProblem(payload && 'message' in payload ? payload.message : 'Your comment could not be sent. Try again.');
  };

  return (
    <section aria-labelledby="comment-heading">
      {sent ? (
        <div
          className="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby="comment-sent-title"
          tabIndex={-1}
          ref={banner}
        >
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="comment-sent-title">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              Your comment on “{sent}” was sent to the inspection team.
            </p>
          </div>
        </div>
      ) : null}
      {problem ? (
        <div
          className="govuk-error-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby="comment-error-title"
        >
          <h2 className="govuk-error-summary__title" id="comment-error-title">
            There is a problem
          </h2>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              <li>
                <a href="#comment-text">{problem}</a>
              </li>
            </ul>
          </div>
        </div>
      ) : null}
      <h2 className="govuk-heading-l" id="comment-heading">
        Comment on the draft
      </h2>
      <form onSubmit={onSubmit} noValidate>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="comment-about">
            What is your comment about?
          </label>
          <div id="comment-about-hint" className="govuk-hint">
            A section of the report, a criterion (its score and findings) or one measure figure.
          </div>
          <select
            className="govuk-select board-subject-select"
            id="comment-about"
            aria-describedby="comment-about-hint"
            value={about}
            onChange={(e) => setAbout(e.target.value)}
          >
            {props.groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.subjects.map((subject) => (
                  <option key={subject.value} value={subject.value}>
                    {subject.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="comment-text">
            Your comment
          </label>
          <div id="comment-text-hint" className="govuk-hint">
            Say what is not accurate and what the report should say.
          </div>
          {problem ? (
            <p id="comment-text-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {problem}
            </p>
          ) : null}
          <textarea
            className={`govuk-textarea${problem ? ' govuk-textarea--error' : ''}`}
            id="comment-text"
            rows={5}
            aria-describedby={problem ? 'comment-text-hint comment-text-error' : 'comment-text-hint'}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="govuk-button" disabled={state.fetching}>
          Send comment
        </button>
      </form>
    </section>
  );
}

function Comments({ comments, groups }: { comments: readonly Comment[]; groups: SubjectGroup[] }) {
  const resolved = comments.filter((c) => c.resolved).length;
  return (
    <section aria-labelledby="comments-heading">
      <h2 className="govuk-heading-l" id="comments-heading">
        Comments on the draft
      </h2>
      {comments.length === 0 ? (
        <p className="govuk-body">No comments yet.</p>
      ) : (
        <>
          <p className="govuk-body">
            {comments.length} {comments.length === 1 ? 'comment' : 'comments'}, {resolved} resolved by the inspection
            team.
          </p>
          <TableRegion>
            <table className="govuk-table govuk-table--small-text-until-tablet">
              <caption className="govuk-visually-hidden">
                Comments on the draft and whether the team resolved them
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    About
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Comment
                  </th>
                  <th scope="col" className="govuk-table__header">
                    From
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {comments.map((comment) => (
                  <tr key={comment.id} className="govuk-table__row">
                    <td className="govuk-table__cell">{subjectLabel(comment.section, groups)}</td>
                    <td className="govuk-table__cell board-comment-text">{comment.text}</td>
                    <td className="govuk-table__cell">
                      {comment.author.name}
                      <br />
                      <span className="govuk-body-s">{longDate(comment.createdAt)}</span>
                    </td>
                    <td className="govuk-table__cell">
                      {comment.resolved ? (
                        <>
                          <strong className="govuk-tag govuk-tag--green">Resolved</strong>
                          {comment.resolvedAt ? (
                            <span className="govuk-body-s"> {longDate(comment.resolvedAt)}</span>
                          ) : null}
                        </>
                      ) : (
                        <strong className="govuk-tag govuk-tag--yellow">Awaiting the team</strong>
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

function longDate(iso: string | Date): string {
  return new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long' });
}
