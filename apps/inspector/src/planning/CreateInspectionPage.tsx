// "Create an inspection": the area, framework and version, kind, title and year, fieldwork dates and, for a
// follow-up, the baseline (one of the area's earlier inspections) and which of its recommendations are followed
// up. The API creates it all in one go or nothing; on success the plan page opens, where the team is added. The
// parts live in create-inspection/.
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Link } from '../routing/router.tsx';
import { BaselineCandidatesQuery, PlanningChoicesQuery } from './documents.ts';
import { DateInput, ErrorSummary, type FormProblem, SubmitButton } from '@scrutiny/ui';
import type { DateParts } from './plan-form.ts';
import { OffenderInterviewsField } from './OffenderInterviewsField.tsx';
import { TextField } from './create-inspection/TextField.tsx';
import { AreaFrameworkFields } from './create-inspection/AreaFrameworkFields.tsx';
import { KindField, QuarterField, type InspectionKind } from './create-inspection/QuarterKindFields.tsx';
import { FollowUpFields } from './create-inspection/FollowUpFields.tsx';
import { useSubmitInspection } from './create-inspection/submit-inspection.ts';

const NO_DATE: DateParts = { day: '', month: '', year: '' };
const DATE_HINT = 'For example, 5 3 2007. Leave it empty if not yet known.';

export function CreateInspectionPage() {
  const [choices] = useQuery({ query: PlanningChoicesQuery, requestPolicy: 'cache-and-network' });
  const [areaId, setAreaId] = useState('');
  const [frameworkId, setFrameworkId] = useState('');
  const [title, setTitle] = useState('');
  const [year, setYear] = useState('');
  const [quarter, setQuarter] = useState('');
  const [kind, setKind] = useState<InspectionKind>('');
  const [offenderInterviews, setOffenderInterviews] = useState(true);
  const [start, setStart] = useState<DateParts>(NO_DATE);
  const [end, setEnd] = useState<DateParts>(NO_DATE);
  const [baselineId, setBaselineId] = useState('');
  const [followed, setFollowed] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${problems.length ? 'Error: ' : ''}Create an inspection – Scrutiny`;
  }, [problems.length]);

  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
  const [candidates] = useQuery({
    query: BaselineCandidatesQuery,
    variables: { areaId, year: yearNumber ?? 0 },
    pause: kind !== 'FOLLOW_UP' || !areaId || yearNumber === null,
    requestPolicy: 'cache-and-network',
  });
  const baselines = useMemo(() => {
    const node = candidates.data?.node;
    return node && 'baselineCandidates' in node ? node.baselineCandidates : [];
  }, [candidates.data]);
  const baseline = baselines.find((b) => b.id === baselineId) ?? null;
  const submit = useSubmitInspection(
    { areaId, frameworkId, title, yearNumber, quarter, kind, offenderInterviews, start, end, baselineId, followed },
    setProblems,
    setBusy,
  );

  // A baseline chosen for another area or year is no longer on offer: forget it and its recommendations.
  useEffect(() => {
    if (baselineId && candidates.data && !baseline) {
      setBaselineId('');
      setFollowed(new Set());
    }
  }, [baselineId, baseline, candidates.data]);

  const viewer = choices.data?.viewer;
  if (choices.fetching && !choices.data) return <p className="govuk-body">Loading…</p>;
  if (!viewer?.mayPlanInspections)
    return (
      <>
        <h1 className="govuk-heading-l">You cannot create inspections</h1>
        <p className="govuk-body">HM inspectors and inspection admin officers plan inspections.</p>
        <p className="govuk-body">
          <Link to="/">Back to the start</Link>
        </p>
      </>
    );
  const areas = (choices.data?.areas ?? []).filter((area) => !area.retired);
  const frameworks = choices.data?.frameworks ?? [];

  const toggle = (id: string) =>
    setFollowed((chosen) => {
      const next = new Set(chosen);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <h1 className="govuk-heading-l">Create an inspection</h1>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <AreaFrameworkFields
            areas={areas}
            areaId={areaId}
            onArea={setAreaId}
            frameworks={frameworks}
            frameworkId={frameworkId}
            onFramework={setFrameworkId}
            problems={problems}
          />
          <TextField id="title" label="Title" value={title} onChange={setTitle} problems={problems} />
          <TextField
            id="year"
            label="Year"
            hint="The year the inspection reports on, like 2007."
            width="govuk-input--width-4"
            numeric
            value={year}
            onChange={setYear}
            problems={problems}
          />
          <QuarterField quarter={quarter} onQuarter={setQuarter} />
          <KindField kind={kind} onKind={setKind} problems={problems} />
          <OffenderInterviewsField held={offenderInterviews} onChange={setOffenderInterviews} />
          {kind === 'FOLLOW_UP' ? (
            <FollowUpFields
              ready={Boolean(areaId) && yearNumber !== null}
              loading={candidates.fetching && !candidates.data}
              baselines={baselines}
              baselineId={baselineId}
              onBaseline={(id) => {
                setBaselineId(id);
                setFollowed(new Set());
              }}
              followed={followed}
              onToggle={toggle}
              problems={problems}
            />
          ) : null}

          <DateInput
            id="fieldwork-start"
            legend="Fieldwork starts"
            hint={DATE_HINT}
            value={start}
            onChange={setStart}
            error={problems.find((p) => p.field === 'fieldwork-start-day')?.message}
          />
          <DateInput
            id="fieldwork-end"
            legend="Fieldwork ends"
            hint={DATE_HINT}
            value={end}
            onChange={setEnd}
            error={problems.find((p) => p.field === 'fieldwork-end-day')?.message}
          />

          <SubmitButton busy={busy}>Create the inspection</SubmitButton>
        </form>
        <p className="govuk-body">
          <Link to="/">Cancel and go back to my inspections</Link>
        </p>
      </div>
    </div>
  );
}
