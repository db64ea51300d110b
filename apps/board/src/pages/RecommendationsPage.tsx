import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '@scrutiny/graphql-client';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import {
  DateInput,
  ErrorSummary,
  readDate,
  Table,
  TextAreaField,
  TextField,
  type DateParts,
  type FormProblem,
  SubmitButton,
} from '@scrutiny/ui';
import { AddActionPlanItemMutation, RecommendationsQuery, UpdateActionPlanItemMutation } from '../queries.ts';
import { useViewer } from '../viewer.ts';
import { SignInNeeded } from './AreaPage.tsx';
import '../govuk-styles/signed-in-pages.scss';

type Recommendation = NonNullable<
  ResultOf<typeof RecommendationsQuery>['area']
>['inspections']['edges'][number]['node']['recommendations'][number];
type ActionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';

const ACTION_STATUS: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
};
const RECOMMENDATION_STATUS = { OPEN: 'Open', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' } as const;
const JUDGEMENT_LABEL = {
  GOOD_PROGRESS: 'Good progress',
  REASONABLE_PROGRESS: 'Reasonable progress',
  INSUFFICIENT_PROGRESS: 'Insufficient progress',
  NO_MEANINGFUL_PROGRESS: 'No meaningful progress',
} as const;

export default function RecommendationsPage() {
  const { viewer, fetching } = useViewer();
  if (fetching && !viewer) return <Loading />;
  if (!viewer?.area) return <SignInNeeded what="Recommendations" />;
  return <Recommendations code={viewer.area.code} />;
}

function Recommendations({ code }: { code: string }) {
  const [result, refetch] = useQuery({ query: RecommendationsQuery, variables: { code } });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorMessage error={result.error} />;
  const area = result.data?.area;
  if (!area) return <p className="govuk-body">Your area could not be found.</p>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const inspections = area.inspections.edges.map((e) => e.node).filter((i) => i.recommendations.length > 0);
  return (
    <>
      <title>{`Recommendations – ${area.name} – Scrutiny`}</title>
      <span className="govuk-caption-l">{area.name}</span>
      <h1 className="govuk-heading-xl">Recommendations and action plan</h1>
      {inspections.length === 0 ? <p className="govuk-body">No inspection has made recommendations yet.</p> : null}
      {inspections.map((inspection) => (
        <section key={inspection.id} aria-labelledby={`inspection-${inspection.id}`}>
          <h2 className="govuk-heading-l" id={`inspection-${inspection.id}`}>
            {inspection.title} ({inspection.year})
          </h2>
          {inspection.recommendations.map((recommendation) => (
            <RecommendationPart key={recommendation.id} recommendation={recommendation} onChange={reload} />
          ))}
        </section>
      ))}
    </>
  );
}

function RecommendationPart({ recommendation, onChange }: { recommendation: Recommendation; onChange: () => void }) {
  const headingId = `recommendation-${recommendation.id}`;
  return (
    <section aria-labelledby={headingId} className="board-criterion">
      <h3 className="govuk-heading-m" id={headingId}>
        Recommendation {recommendation.number}
      </h3>
      <p className="govuk-body">{recommendation.text}</p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value">{RECOMMENDATION_STATUS[recommendation.status]}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Follow-up judgement</dt>
          <dd className="govuk-summary-list__value">
            {recommendation.followUps.length === 0
              ? 'Not followed up yet'
              : recommendation.followUps.map((f) => (
                  <p key={f.id} className="govuk-body">
                    {f.inspection.title} ({f.inspection.year}):{' '}
                    {f.judgement ? JUDGEMENT_LABEL[f.judgement] : 'followed up, not yet judged'}
                    {f.comment ? `. ${f.comment}` : ''}
                  </p>
                ))}
          </dd>
        </div>
      </dl>
      <h4 className="govuk-heading-s">Action plan</h4>
      {recommendation.actionPlanItems.length === 0 ? (
        <p className="govuk-body">No actions yet.</p>
      ) : (
        <Table
          caption={{ text: `Action plan for recommendation ${recommendation.number}`, size: 'hidden' }}
          className="govuk-table--small-text-until-tablet"
          rows={recommendation.actionPlanItems}
          columns={[
            { header: 'Action', cell: (item) => item.action },
            { header: 'Owner', cell: (item) => item.owner },
            {
              header: 'Due',
              cell: (item) =>
                item.dueOn ? new Date(item.dueOn).toLocaleDateString('en-GB', { dateStyle: 'medium' }) : '–',
            },
            {
              header: 'Status',
              cell: (item) => (
                <StatusForm itemId={item.id} action={item.action} status={item.status} onChange={onChange} />
              ),
            },
          ]}
        />
      )}
      <AddActionForm recommendation={recommendation} onChange={onChange} />
    </section>
  );
}

function StatusForm(props: { itemId: string; action: string; status: ActionStatus; onChange: () => void }) {
  const [status, setStatus] = useState<ActionStatus>(props.status);
  const [message, setMessage] = useState<string | null>(null);
  const [state, update] = useMutation(UpdateActionPlanItemMutation);
  const id = `status-${props.itemId}`;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await update({ input: { itemId: props.itemId, status } });
    const payload = result.data?.updateActionPlanItem;
    if (payload?.__typename === 'MutationUpdateActionPlanItemSuccess') {
      setMessage('Saved');
      props.onChange();
    } else setMessage(payload && 'message' in payload ? payload.message : 'Could not save. Try again.');
  };
  return (
    <form onSubmit={onSubmit} className="board-inline-form">
      <label className="govuk-label govuk-visually-hidden" htmlFor={id}>
        Status of “{props.action}”
      </label>
      <select
        className="govuk-select"
        id={id}
        value={status}
        onChange={(e) => setStatus(e.target.value as ActionStatus)}
      >
        {Object.entries(ACTION_STATUS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>{' '}
      <button
        type="submit"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        disabled={state.fetching}
      >
        Update<span className="govuk-visually-hidden"> status of “{props.action}”</span>
      </button>
      <span role="status" className="govuk-body-s">
        {message ? ` ${message}` : ''}
      </span>
    </form>
  );
}

function AddActionForm({ recommendation, onChange }: { recommendation: Recommendation; onChange: () => void }) {
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState<DateParts>(NO_DATE);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [state, add] = useMutation(AddActionPlanItemMutation);
  const prefix = `add-${recommendation.id}`;
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (action.trim() === '') found.push({ message: 'Enter the action', field: `${prefix}-action` });
    if (owner.trim() === '') found.push({ message: 'Enter who owns the action', field: `${prefix}-owner` });
    const dueOn = readDate(due, 'Due date');
    if (dueOn.kind === 'problem') found.push({ message: dueOn.message, field: `${prefix}-due-${dueOn.field}` });
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    const result = await add({
      input: {
        recommendationId: recommendation.id,
        action: action.trim(),
        owner: owner.trim(),
        dueOn: dueOn.kind === 'date' ? dueOn.iso : null,
      },
    });
    const payload = result.data?.addActionPlanItem;
    if (payload?.__typename === 'MutationAddActionPlanItemSuccess') {
      setAction('');
      setOwner('');
      setDue(NO_DATE);
      setProblems([]);
      onChange();
    } else
      setProblems([
        { message: payload && 'message' in payload ? payload.message : 'Could not add the action. Try again.' },
      ]);
  };
  const dueError = problems.find((p) => p.field?.startsWith(`${prefix}-due-`))?.message;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Add an action to recommendation {recommendation.number}</span>
      </summary>
      <div className="govuk-details__text">
        <ErrorSummary problems={problems} />
        <form onSubmit={onSubmit} noValidate>
          <TextAreaField
            id={`${prefix}-action`}
            label="Action"
            rows={3}
            error={errorOf(`${prefix}-action`)}
            value={action}
            onChange={setAction}
          />
          <TextField
            id={`${prefix}-owner`}
            label="Owner"
            width="govuk-!-width-two-thirds"
            error={errorOf(`${prefix}-owner`)}
            value={owner}
            onChange={setOwner}
          />
          <DateInput
            id={`${prefix}-due`}
            legend="Due date (optional)"
            hint="For example, 27 3 2007"
            value={due}
            onChange={setDue}
            error={dueError}
          />
          <SubmitButton busy={state.fetching}>Add action</SubmitButton>
        </form>
      </div>
    </details>
  );
}

const NO_DATE: DateParts = { day: '', month: '', year: '' };
