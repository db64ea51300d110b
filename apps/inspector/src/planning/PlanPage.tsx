// An inspection's plan: what it inspects, with which framework version, when, against which baseline and which
// of the baseline's recommendations it follows up; and its team. Whoever may add team members (an admin officer,
// or an inspector who runs it) is offered the people who could join, with the places each may hold.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { humanise } from '../labels.ts';
import { Link } from '../routing/router.tsx';
import { AddTeamMemberMutation, FollowUpRecommendationMutation, InspectionPlanQuery } from './documents.ts';
import {
  Checkboxes,
  ErrorSummary,
  errorMessage,
  FormGroup,
  type FormProblem,
  hasError,
  SubmitButton,
  Table,
  Section,
} from '@scrutiny/ui';
import { recommendationLabel } from './plan-form.ts';

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function day(iso: string | null): string | null {
  return iso ? DATE.format(new Date(iso)) : null;
}

export function PlanPage({ id }: { id: string }) {
  const [result] = useQuery({ query: InspectionPlanQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const inspection = result.data?.inspection ?? null;
  const [justCreated] = useState(() => new URLSearchParams(window.location.search).has('created'));
  const [interviewsSaved] = useState(() => new URLSearchParams(window.location.search).has('interviews'));
  useEffect(() => {
    document.title = `Plan and team – ${inspection?.title ?? 'Inspection'} – Scrutiny`;
  }, [inspection?.title]);

  if (!inspection) {
    if (result.fetching || !result.data) return <p className="govuk-body">Loading…</p>;
    return (
      <>
        <h1 className="govuk-heading-l">Inspection not found</h1>
        <p className="govuk-body">It does not exist, or you may not see it.</p>
      </>
    );
  }
  const path = `/inspections/${encodeURIComponent(inspection.id)}`;
  const start = day(inspection.fieldworkStart);
  const end = day(inspection.fieldworkEnd);
  const rows: [string, ReactNode][] = [
    ['Area', inspection.area.name],
    ['Framework', `${inspection.framework.title}, version ${inspection.framework.version}`],
    ['Kind', inspection.kind === 'FOLLOW_UP' ? 'Follow-up inspection' : 'Full inspection'],
    ['Offender interviews', inspection.offenderInterviews ? 'Held' : 'None'],
    ['Year', inspection.year],
    ['Fieldwork', start || end ? `${start ?? 'not set'} to ${end ?? 'not set'}` : 'Not set yet'],
    ['Status', humanise(inspection.status)],
    ['Baseline', inspection.baseline ? `${inspection.baseline.title} (${inspection.baseline.year})` : 'None'],
  ];
  if (inspection.baseline)
    rows.push([
      'Recommendations followed up',
      inspection.followedUpRecommendations.length === 0 ? (
        'None chosen'
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {inspection.followedUpRecommendations.map((f) => (
            <li key={f.id}>{recommendationLabel(f.recommendation)}</li>
          ))}
        </ul>
      ),
    ]);

  return (
    <>
      {justCreated ? (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title">Success</h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">The inspection is created. Now add its team.</p>
          </div>
        </div>
      ) : null}
      {interviewsSaved ? (
        <div className="govuk-inset-text" role="status">
          Saved: offender interviews {inspection.offenderInterviews ? 'are held' : 'are not held'} in this inspection.
        </div>
      ) : null}
      <span className="govuk-caption-l">
        {inspection.area.name}, {inspection.year}
      </span>
      <h1 className="govuk-heading-l">{inspection.title}: plan and team</h1>
      <ul className="govuk-list">
        <li>
          <Link to={path}>Back to the inspection</Link>
        </li>
        <li>
          <Link to={`${path}/evidence`}>Meetings and evidence</Link>
        </li>
      </ul>

      <h2 className="govuk-heading-m">Plan</h2>
      <dl className="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
            {key === 'Offender interviews' && inspection.mayChangeOffenderInterviews ? (
              <dd className="govuk-summary-list__actions">
                <Link to={`${path}/plan/offender-interviews`} className="govuk-link">
                  Change<span className="govuk-visually-hidden"> whether offenders are interviewed</span>
                </Link>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>

      {inspection.baseline && inspection.mayChangeFollowedUpRecommendations ? (
        <ChangeFollowedUp
          inspectionId={inspection.id}
          recommendations={inspection.baseline.recommendations}
          followed={inspection.followedUpRecommendations.map((f) => f.recommendation.id)}
        />
      ) : null}

      <h2 className="govuk-heading-m" id="team-heading">
        Team
      </h2>
      {inspection.team.length === 0 ? (
        <p className="govuk-body">No one is on the team yet.</p>
      ) : (
        <Table
          caption={{ text: 'Team', size: 'hidden' }}
          region={{ labelledBy: 'team-heading' }}
          rows={inspection.team}
          rowKey={(m) => m.user.id}
          columns={[
            { header: 'Name', rowHeader: true, cell: (m) => m.user.name },
            { header: 'Place in the team', cell: (m) => humanise(m.role) },
          ]}
        />
      )}
      {inspection.teamCandidates ? (
        <AddTeamMember inspectionId={inspection.id} candidates={inspection.teamCandidates} />
      ) : null}
    </>
  );
}

interface Candidate {
  roles: readonly string[];
  user: { id: string; name: string; role: string };
}

function AddTeamMember({ inspectionId, candidates }: { inspectionId: string; candidates: readonly Candidate[] }) {
  const [, addTeamMember] = useMutation(AddTeamMemberMutation);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidate = candidates.find((c) => c.user.id === userId) ?? null;
  const roles = candidate?.roles ?? [];

  const chooseUser = (id: string) => {
    setUserId(id);
    const roles = candidates.find((c) => c.user.id === id)?.roles ?? [];
    // One place on offer is the place: nothing to choose.
    setRole(roles.length === 1 ? roles[0]! : '');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const found: FormProblem[] = [];
    if (!candidate) found.push({ field: 'member', message: 'Choose who joins the team' });
    else if (!roles.includes(role)) found.push({ field: 'member-role', message: 'Choose their place in the team' });
    setProblems(found);
    if (!candidate || found.length > 0) return;
    setBusy(true);
    const result = await addTeamMember({
      input: { inspectionId, userId: candidate.user.id, role: role as 'LEAD_INSPECTOR' },
    });
    setBusy(false);
    const outcome = result.data?.addTeamMember;
    if (outcome?.__typename === 'MutationAddTeamMemberSuccess') {
      setAdded(`${candidate.user.name} joined the team as ${humanise(role).toLowerCase()}.`);
      setUserId('');
      setRole('');
    } else
      setProblems([
        {
          field: 'member',
          message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
        },
      ]);
  };

  return (
    <Section headingId="add-member-heading" heading="Add a team member">
      <ErrorSummary problems={problems} />
      <div role="status">{added ? <div className="govuk-inset-text">{added}</div> : null}</div>
      {candidates.length === 0 ? (
        <p className="govuk-body">Everyone who could join is on the team.</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <FormGroup
            id="member"
            label="Person"
            labelClass="govuk-label--s"
            hint="Inspectors, information managers, admin officers, and assessors seconded from the inspected area."
            error={errorMessage(problems, 'member')}
          >
            <select
              className="govuk-select"
              id="member"
              value={userId}
              aria-describedby={`member-hint${hasError(problems, 'member') ? ' member-error' : ''}`}
              onChange={(e) => chooseUser(e.target.value)}
            >
              <option value="">Choose a person</option>
              {candidates.map((c) => (
                <option key={c.user.id} value={c.user.id}>
                  {c.user.name} ({humanise(c.user.role).toLowerCase()})
                </option>
              ))}
            </select>
          </FormGroup>
          <FormGroup
            id="member-role"
            label="Place in the team"
            labelClass="govuk-label--s"
            error={errorMessage(problems, 'member-role')}
          >
            <select
              className="govuk-select"
              id="member-role"
              value={role}
              disabled={!candidate}
              aria-describedby={hasError(problems, 'member-role') ? 'member-role-error' : undefined}
              onChange={(e) => setRole(e.target.value)}
            >
              <option value="">{candidate ? 'Choose a place' : 'Choose the person first'}</option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {humanise(r)}
                </option>
              ))}
            </select>
          </FormGroup>
          <SubmitButton busy={busy}>Add to the team</SubmitButton>
        </form>
      )}
    </Section>
  );
}

function ChangeFollowedUp(props: {
  inspectionId: string;
  recommendations: readonly { id: string; number: number; text: string }[];
  followed: readonly string[];
}) {
  const [, followUp] = useMutation(FollowUpRecommendationMutation);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(props.followed));
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (props.recommendations.length === 0) return null;

  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setBusy(true);
    const result = await followUp({ input: { inspectionId: props.inspectionId, recommendationIds: [...chosen] } });
    setBusy(false);
    const outcome = result.data?.followUpRecommendation;
    if (outcome?.__typename === 'MutationFollowUpRecommendationSuccess') {
      setProblems([]);
      const count = outcome.data.followedUpRecommendations.length;
      setSaved(`This inspection now follows up ${count} of the baseline’s recommendations.`);
    } else
      setProblems([
        {
          field: 'follow-up-0',
          message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
        },
      ]);
  };

  return (
    <Section headingId="follow-up-heading" heading="Change the recommendations followed up">
      <ErrorSummary problems={problems} />
      <div role="status">{saved ? <div className="govuk-inset-text">{saved}</div> : null}</div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Checkboxes
          id="follow-up"
          legend="The baseline’s recommendations"
          hint="Leaving one out removes any judgement of its progress already recorded."
          small
          options={props.recommendations.map((r, index) => ({
            value: r.id,
            label: recommendationLabel(r),
            id: `follow-up-${index}`,
          }))}
          chosen={chosen}
          onToggle={toggle}
        />
        <SubmitButton busy={busy} variant="secondary">
          Save the recommendations followed up
        </SubmitButton>
      </form>
    </Section>
  );
}
