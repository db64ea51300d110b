// The area's factual accuracy comments on the draft, and dealing with each.
import { useState } from 'react';
import { useMutation } from 'urql';
import { humanise } from '../../labels.ts';
import { ResolveCommentMutation } from '../documents.ts';
import { ErrorSummary, Table, Section } from '@scrutiny/ui';
import { longDate } from '../labels.ts';
import { problemOf } from '../outcome.ts';

export function FactualAccuracyComments({
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
    <Section headingId="comments-heading" heading="Factual accuracy comments" className="govuk-!-margin-top-8">
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
          <Table
            caption={{ text: 'Comments on the draft report, oldest first', size: 'hidden' }}
            rows={comments}
            columns={[
              { header: 'Comment', cellClassName: 'app-pre-line', cell: (comment) => comment.text },
              {
                header: 'About',
                cell: (comment) => (comment.section ? humanise(comment.section) : 'The whole report'),
              },
              { header: 'From', cell: (comment) => `${comment.author.name}, ${longDate(comment.createdAt)}` },
              {
                header: 'Dealt with',
                cell: (comment, i) =>
                  comment.resolved ? (
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
                  ),
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}
