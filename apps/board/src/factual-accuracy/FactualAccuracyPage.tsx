import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '@scrutiny/graphql-client';
import { Table, Section } from '@scrutiny/ui';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { SignInNeeded } from '../pages/AreaPage.tsx';
import { useViewer } from '../viewer.ts';
import { CommentForm } from './CommentForm.tsx';
import { FactualAccuracyDraftQuery } from './documents.ts';
import { commentSubjects, subjectLabel, type SubjectGroup } from './subjects.ts';
import '../govuk-styles/signed-in-pages.scss';

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

function Comments({ comments, groups }: { comments: readonly Comment[]; groups: SubjectGroup[] }) {
  const resolved = comments.filter((c) => c.resolved).length;
  return (
    <Section headingId="comments-heading" headingSize="l" heading="Comments on the draft">
      {comments.length === 0 ? (
        <p className="govuk-body">No comments yet.</p>
      ) : (
        <>
          <p className="govuk-body">
            {comments.length} {comments.length === 1 ? 'comment' : 'comments'}, {resolved} resolved by the inspection
            team.
          </p>
          <Table
            caption={{ text: 'Comments on the draft and whether the team resolved them', size: 'hidden' }}
            className="govuk-table--small-text-until-tablet"
            rows={comments}
            columns={[
              { header: 'About', cell: (comment) => subjectLabel(comment.section, groups) },
              { header: 'Comment', cellClassName: 'board-comment-text', cell: (comment) => comment.text },
              {
                header: 'From',
                cell: (comment) => (
                  <>
                    {comment.author.name}
                    <br />
                    <span className="govuk-body-s">{longDate(comment.createdAt)}</span>
                  </>
                ),
              },
              {
                header: 'Status',
                cell: (comment) =>
                  comment.resolved ? (
                    <>
                      <strong className="govuk-tag govuk-tag--green">Resolved</strong>
                      {comment.resolvedAt ? (
                        <span className="govuk-body-s"> {longDate(comment.resolvedAt)}</span>
                      ) : null}
                    </>
                  ) : (
                    <strong className="govuk-tag govuk-tag--yellow">Awaiting the team</strong>
                  ),
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}

function longDate(iso: string | Date): string {
  return new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long' });
}
