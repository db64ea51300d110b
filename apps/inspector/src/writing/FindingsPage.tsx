// Findings and recommendations: each criterion of the framework with what has been written against it, the
// recommendations this inspection makes, and, for a follow-up, its judgement of progress on each one it follows up.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import {
  AddRecommendationMutation,
  FindingsOverviewQuery,
  FollowUpRecommendationMutation,
  JudgeRecommendationMutation,
} from './documents.ts';
import {
  Checkboxes,
  Done,
  ErrorSummary,
  type FormProblem,
  RadiosField,
  SubmitButton,
  Table,
  TextAreaField,
} from '@scrutiny/ui';
import { JUDGEMENTS, judgementLabel, type Judgement } from './labels.ts';
import { problemOf } from './outcome.ts';
import { Loading, WritingFrame, writingPaths } from './WritingFrame.tsx';

export function FindingsPage({ id }: { id: string }) {
  const [result, refetch] = useQuery({
    query: FindingsOverviewQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState<string | null>(null);
  const inspection = result.data?.inspection ?? null;
  if (!inspection) return <Loading found={false} fetching={result.fetching || !result.data} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const paths = writingPaths(inspection.id);
  const count = (criterionCode: string, kind: string) =>
    inspection.findings.filter((f) => f.criterionCode === criterionCode && f.kind === kind).length;
  const finished = (message: string) => {
    setDone(message);
    reload();
  };

  return (
    <WritingFrame inspection={inspection} heading="Findings and recommendations" current="findings">
      <Done message={done} />
      <h2 className="govuk-heading-m">Findings by criterion</h2>
      <p className="govuk-body">
        Inspectors of the team or a chief inspector write the strengths, areas for improvement and good practice
        examples of each criterion.
      </p>
      <Table
        caption={{ text: 'Criteria of the framework, with what has been written', size: 's' }}
        rows={inspection.framework.criteria}
        rowKey={(criterion) => criterion.code}
        columns={[
          {
            header: 'Criterion',
            rowHeader: true,
            cell: (criterion) => (
              <Link to={paths.criterion(criterion.code)}>
                {criterion.code} {criterion.title}
              </Link>
            ),
          },
          { header: 'Strengths', numeric: true, cell: (criterion) => count(criterion.code, 'STRENGTH') },
          {
            header: 'Areas for improvement',
            numeric: true,
            cell: (criterion) => count(criterion.code, 'AREA_FOR_IMPROVEMENT'),
          },
          { header: 'Other findings', numeric: true, cell: (criterion) => count(criterion.code, 'OBSERVATION') },
          {
            header: 'Good practice examples',
            numeric: true,
            cell: (criterion) => inspection.goodPractices.filter((g) => g.criterionCode === criterion.code).length,
          },
        ]}
      />

      <h2 className="govuk-heading-m govuk-!-margin-top-8">Recommendations this inspection makes</h2>
      {inspection.recommendations.length ? (
        <ol className="govuk-list govuk-list--number" data-testid="recommendations">
          {inspection.recommendations.map((r) => (
            <li key={r.id} value={r.number}>
              {r.text}
            </li>
          ))}
        </ol>
      ) : (
        <p className="govuk-body">No recommendations yet.</p>
      )}
      {inspection.published ? null : <RecommendationForm inspectionId={inspection.id} onDone={finished} />}

      {inspection.kind === 'FOLLOW_UP' ? (
        <>
          <h2 className="govuk-heading-m govuk-!-margin-top-8">Progress on the recommendations followed up</h2>
          {inspection.baseline && !inspection.published ? (
            <FollowedUpChoice
              inspectionId={inspection.id}
              baseline={inspection.baseline}
              chosen={inspection.followedUpRecommendations.map((f) => f.recommendation.id)}
              onDone={finished}
            />
          ) : null}
          {inspection.followedUpRecommendations.length === 0 ? (
            <p className="govuk-body">This follow-up follows up none of its baseline’s recommendations yet.</p>
          ) : (
            inspection.followedUpRecommendations.map((followUp) => (
              <JudgementForm
                key={`${followUp.id}${followUp.judgement ?? ''}${followUp.comment ?? ''}`}
                followUp={followUp}
                published={inspection.published}
                onDone={finished}
              />
            ))
          )}
        </>
      ) : null}
    </WritingFrame>
  );
}

function RecommendationForm({ inspectionId, onDone }: { inspectionId: string; onDone: (message: string) => void }) {
  const [, add] = useMutation(AddRecommendationMutation);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblems([{ field: 'recommendation-text', message: 'Enter the recommendation' }]);
      return;
    }
    const answer = await add({ input: { inspectionId, text: text.trim() } });
    const message = problemOf(answer, answer.data?.addRecommendation);
    if (message) return setProblems([{ message }]);
    setProblems([]);
    setText('');
    const payload = answer.data?.addRecommendation;
    onDone(
      payload?.__typename === 'MutationAddRecommendationSuccess'
        ? `Recommendation ${payload.data.number} was added.`
        : 'The recommendation was added.',
    );
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary problems={problems} />
      <TextAreaField
        id="recommendation-text"
        label="Add a recommendation"
        labelClass="govuk-label--s"
        hint="It is numbered after the last one. Inspectors of the team or a chief inspector."
        value={text}
        onChange={setText}
        error={problems.find((p) => p.field)?.message}
        rows={3}
      />
      <SubmitButton>Add the recommendation</SubmitButton>
    </form>
  );
}

function FollowedUpChoice({
  inspectionId,
  baseline,
  chosen,
  onDone,
}: {
  inspectionId: string;
  baseline: { title: string; year: number; recommendations: readonly { id: string; number: number; text: string }[] };
  chosen: readonly string[];
  onDone: (message: string) => void;
}) {
  const [, followUp] = useMutation(FollowUpRecommendationMutation);
  const [ids, setIds] = useState<readonly string[]>(chosen);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  if (baseline.recommendations.length === 0)
    return (
      <p className="govuk-body">
        The baseline, {baseline.title} ({baseline.year}), made no recommendations to follow up.
      </p>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await followUp({ input: { inspectionId, recommendationIds: [...ids] } });
    const message = problemOf(answer, answer.data?.followUpRecommendation);
    if (message) return setProblems([{ message }]);
    setProblems([]);
    onDone(`This follow-up now follows up ${ids.length} of the baseline’s recommendations.`);
  };
  return (
    <details className="govuk-details" open={chosen.length === 0}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Choose the recommendations followed up</span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary problems={problems} />
          <Checkboxes
            id="followed-up"
            legend={`Recommendations of ${baseline.title} (${baseline.year}) this follow-up is based on`}
            hint="Leaving one out removes its judgement."
            small
            options={baseline.recommendations.map((r) => ({
              value: r.id,
              label: `${r.number}. ${r.text}`,
              id: `followed-up-${r.number}`,
            }))}
            chosen={ids}
            onToggle={(id, ticked) => setIds(ticked ? [...ids, id] : ids.filter((other) => other !== id))}
          />
          <SubmitButton variant="secondary">Save the recommendations followed up</SubmitButton>
        </form>
      </div>
    </details>
  );
}

function JudgementForm({
  followUp,
  published,
  onDone,
}: {
  followUp: {
    id: string;
    judgement: string | null;
    comment: string | null;
    recommendation: { number: number; text: string };
  };
  published: boolean;
  onDone: (message: string) => void;
}) {
  const [, judge] = useMutation(JudgeRecommendationMutation);
  const [judgement, setJudgement] = useState<string>(followUp.judgement ?? '');
  const [comment, setComment] = useState(followUp.comment ?? '');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const number = followUp.recommendation.number;
  const prefix = `judgement-${number}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!judgement) {
      setProblems([{ field: prefix, message: `Choose the progress made on recommendation ${number}` }]);
      return;
    }
    const answer = await judge({ input: { followUpId: followUp.id, judgement: judgement as Judgement, comment } });
    const message = problemOf(answer, answer.data?.judgeRecommendation);
    if (message) return setProblems([{ message }]);
    setProblems([]);
    onDone(`Recommendation ${number} was judged: ${judgementLabel(judgement).toLowerCase()}.`);
  };

  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby={`${prefix}-heading`}>
      <h3 className="govuk-heading-s" id={`${prefix}-heading`}>
        Recommendation {number}
      </h3>
      <p className="govuk-body app-pre-line">{followUp.recommendation.text}</p>
      {published ? (
        <p className="govuk-body">
          <strong>{followUp.judgement ? judgementLabel(followUp.judgement) : 'Not judged'}</strong>
          {followUp.comment ? `: ${followUp.comment}` : ''}
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary problems={problems} />
          <RadiosField
            id={prefix}
            legend={`Progress on recommendation ${number}`}
            options={JUDGEMENTS}
            value={judgement}
            onChange={setJudgement}
            error={problems.find((p) => p.field === prefix)?.message}
            small
          />
          <TextAreaField
            id={`${prefix}-evidence`}
            label={`The evidence for the judgement of recommendation ${number}`}
            value={comment}
            onChange={setComment}
            rows={3}
          />
          <SubmitButton variant="secondary">
            Save the judgement<span className="govuk-visually-hidden"> of recommendation {number}</span>
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
