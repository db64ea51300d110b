// The board member's comment on a draft report: what it is about (a section, a criterion or a figure) and what it says.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorSummary, FormGroup, TextAreaField, SubmitButton } from '@scrutiny/ui';
import { AddFactualAccuracyCommentMutation } from './documents.ts';
import { subjectLabel, type SubjectGroup } from './subjects.ts';

export function CommentForm(props: { inspectionId: string; groups: SubjectGroup[]; onSent: () => void }) {
  const [about, setAbout] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [state, add] = useMutation(AddFactualAccuracyCommentMutation);
  const problems = problem ? [{ field: 'comment-text', message: problem }] : [];
  const banner = useRef<HTMLDivElement>(null);
  // Focus goes to what changed: the error summary (which takes it itself) after a refusal, the confirmation after a
  // comment is sent.
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
      <ErrorSummary problems={problems} />
      <h2 className="govuk-heading-l" id="comment-heading">
        Comment on the draft
      </h2>
      <form onSubmit={onSubmit} noValidate>
        <FormGroup
          id="comment-about"
          label="What is your comment about?"
          labelClass="govuk-label--s"
          hint="A section of the report, a criterion (its score and findings) or one measure figure."
        >
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
        </FormGroup>
        <TextAreaField
          id="comment-text"
          label="Your comment"
          labelClass="govuk-label--s"
          hint="Say what is not accurate and what the report should say."
          error={problem}
          value={text}
          onChange={setText}
        />
        <SubmitButton busy={state.fetching}>Send comment</SubmitButton>
      </form>
    </section>
  );
}
