// "Create an inspection": the area, framework and version, kind, title and year, fieldwork dates and, for a
// follow-up, the baseline (one of the area's earlier inspections) and which of its recommendations are followed
// up. The API creates it all in one go or nothing; on success the plan page opens, where the team is added.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { humanise } from '../labels.ts';
import { Link, navigate } from '../routing/router.tsx';
import { BaselineCandidatesQuery, CreateInspectionMutation, PlanningChoicesQuery } from './documents.ts';
import { DateInput, ErrorSummary, FieldError, hasError, type FormProblem } from '@scrutiny/ui';
import { fieldForProblem, readFormDate, recommendationLabel, type DateParts } from './plan-form.ts';
import { OffenderInterviewsField } from './OffenderInterviewsField.tsx';

const NO_DATE: DateParts = { day: '', month: '', year: '' };
const DATE_HINT = 'For example, 5 3 2007. Leave it empty if not yet known.';

export function CreateInspectionPage() {
  const [choices] = useQuery({ query: PlanningChoicesQuery, requestPolicy: 'cache-and-network' });
  const [, createInspection] = useMutation(CreateInspectionMutation);
  const [areaId, setAreaId] = useState('');
  const [frameworkId, setFrameworkId] = useState('');
  const [title, setTitle] = useState('');
  const [year, setYear] = useState('');
  const [quarter, setQuarter] = useState('');
  const [kind, setKind] = useState<'FULL' | 'FOLLOW_UP' | ''>('');
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FormProblem[] = [];
    if (!areaId) found.push({ field: 'area', message: 'Choose the area to inspect' });
    if (!frameworkId) found.push({ field: 'framework', message: 'Choose the framework and its version' });
    if (title.trim().length < 3) found.push({ field: 'title', message: 'Enter a title of at least 3 characters' });
    if (yearNumber === null) found.push({ field: 'year', message: 'Enter the year as four digits, like 2007' });
    if (!kind) found.push({ field: 'kind', message: 'Choose whether this is a full inspection or a follow-up' });
    const fieldworkStart = readFormDate(start, 'The start of fieldwork');
    const fieldworkEnd = readFormDate(end, 'The end of fieldwork');
    if (fieldworkStart.kind === 'invalid')
      found.push({ field: 'fieldwork-start-day', message: fieldworkStart.message });
    if (fieldworkEnd.kind === 'invalid') found.push({ field: 'fieldwork-end-day', message: fieldworkEnd.message });
    if (kind === 'FOLLOW_UP' && !baselineId)
      found.push({ field: 'baseline', message: 'Choose the inspection this one follows up' });
    setProblems(found);
    if (found.length > 0 || yearNumber === null || !kind) return;

    setBusy(true);
    const result = await createInspection({
      input: {
        areaId,
        frameworkId,
        kind,
        title: title.trim(),
        year: yearNumber,
        quarter: quarter ? Number(quarter) : null,
        fieldworkStart: fieldworkStart.kind === 'date' ? fieldworkStart.iso : null,
        fieldworkEnd: fieldworkEnd.kind === 'date' ? fieldworkEnd.iso : null,
        baselineId: kind === 'FOLLOW_UP' ? baselineId : null,
        followedUpRecommendationIds: kind === 'FOLLOW_UP' ? [...followed] : null,
        offenderInterviews,
      },
    });
    setBusy(false);
    const outcome = result.data?.createInspection;
    if (outcome?.__typename === 'MutationCreateInspectionSuccess') {
      navigate(`/inspections/${encodeURIComponent(outcome.data.id)}/plan?created=1`);
      return;
    }
    if (outcome?.__typename === 'InvalidInputError' && outcome.problems.length > 0)
      setProblems(outcome.problems.map((p) => ({ field: fieldForProblem(p.path), message: p.message })));
    else
      setProblems([
        {
          field: 'area',
          message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
        },
      ]);
  };

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
          <div className={`govuk-form-group${hasError(problems, 'area') ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="area">
              Area
            </label>
            <FieldError problems={problems} field="area" />
            <select
              className="govuk-select"
              id="area"
              value={areaId}
              aria-describedby={hasError(problems, 'area') ? 'area-error' : undefined}
              onChange={(e) => setAreaId(e.target.value)}
            >
              <option value="">Choose an area</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>

          <div className={`govuk-form-group${hasError(problems, 'framework') ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="framework">
              Framework and version
            </label>
            <div className="govuk-hint" id="framework-hint">
              The inspection keeps this version of the framework to the end.
            </div>
            <FieldError problems={problems} field="framework" />
            <select
              className="govuk-select"
              id="framework"
              value={frameworkId}
              aria-describedby={`framework-hint${hasError(problems, 'framework') ? ' framework-error' : ''}`}
              onChange={(e) => setFrameworkId(e.target.value)}
            >
              <option value="">Choose a framework</option>
              {frameworks.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title}, version {f.version}
                </option>
              ))}
            </select>
          </div>

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

          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="quarter">
              Quarter (optional)
            </label>
            <div className="govuk-hint" id="quarter-hint">
              The quarter of the year the programme plans it for.
            </div>
            <select
              className="govuk-select"
              id="quarter"
              name="quarter"
              aria-describedby="quarter-hint"
              value={quarter}
              onChange={(e) => setQuarter(e.target.value)}
            >
              <option value="">Not yet decided</option>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>
                  Quarter {q}
                </option>
              ))}
            </select>
          </div>

          <div className={`govuk-form-group${hasError(problems, 'kind') ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              aria-describedby={hasError(problems, 'kind') ? 'kind-error' : undefined}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Kind of inspection</legend>
              <FieldError problems={problems} field="kind" />
              <div className="govuk-radios" data-module="govuk-radios">
                {(
                  [
                    ['FULL', 'kind', 'Full inspection'],
                    ['FOLLOW_UP', 'kind-follow-up', 'Follow-up of an earlier inspection'],
                  ] as const
                ).map(([value, id, label]) => (
                  <div className="govuk-radios__item" key={value}>
                    <input
                      className="govuk-radios__input"
                      id={id}
                      name="kind"
                      type="radio"
                      value={value}
                      checked={kind === value}
                      onChange={() => setKind(value)}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={id}>
                      {label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>

          <OffenderInterviewsField held={offenderInterviews} onChange={setOffenderInterviews} />

          {kind === 'FOLLOW_UP' ? (
            <div className="govuk-inset-text">
              <div className={`govuk-form-group${hasError(problems, 'baseline') ? ' govuk-form-group--error' : ''}`}>
                <fieldset className="govuk-fieldset" aria-describedby="baseline-hint">
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Baseline inspection</legend>
                  <div className="govuk-hint" id="baseline-hint">
                    The earlier inspection of the area that this one follows up and is compared with.
                  </div>
                  <FieldError problems={problems} field="baseline" />
                  {!areaId || yearNumber === null ? (
                    <p className="govuk-body" id="baseline">
                      Choose the area and enter the year first.
                    </p>
                  ) : candidates.fetching && !candidates.data ? (
                    <p className="govuk-body">Loading the area’s inspections…</p>
                  ) : baselines.length === 0 ? (
                    <p className="govuk-body" id="baseline">
                      The area has no earlier inspection you may see.
                    </p>
                  ) : (
                    <div className="govuk-radios" data-module="govuk-radios">
                      {baselines.map((b, index) => (
                        <div className="govuk-radios__item" key={b.id}>
                          <input
                            className="govuk-radios__input"
                            id={index === 0 ? 'baseline' : `baseline-${index}`}
                            name="baseline"
                            type="radio"
                            value={b.id}
                            checked={baselineId === b.id}
                            aria-describedby={`baseline-${index}-hint`}
                            onChange={() => {
                              setBaselineId(b.id);
                              setFollowed(new Set());
                            }}
                          />
                          <label
                            className="govuk-label govuk-radios__label"
                            htmlFor={index === 0 ? 'baseline' : `baseline-${index}`}
                          >
                            {b.title}
                          </label>
                          <div className="govuk-hint govuk-radios__hint" id={`baseline-${index}-hint`}>
                            {b.year}, {humanise(b.kind).toLowerCase()}, {humanise(b.status).toLowerCase()};{' '}
                            {b.recommendations.length} recommendations
                          </div>
                        </div>
                      ))}
                    </div>
                  )}
                </fieldset>
              </div>

              {baseline ? (
                <div
                  className={`govuk-form-group${hasError(problems, 'recommendations') ? ' govuk-form-group--error' : ''}`}
                >
                  <fieldset className="govuk-fieldset" aria-describedby="recommendations-hint">
                    <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                      Recommendations followed up
                    </legend>
                    <div className="govuk-hint" id="recommendations-hint">
                      Select each of the baseline’s recommendations this inspection will judge progress on.
                    </div>
                    <FieldError problems={problems} field="recommendations" />
                    {baseline.recommendations.length === 0 ? (
                      <p className="govuk-body" id="recommendations">
                        The baseline made no recommendations.
                      </p>
                    ) : (
                      <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                        {baseline.recommendations.map((r, index) => (
                          <div className="govuk-checkboxes__item" key={r.id}>
                            <input
                              className="govuk-checkboxes__input"
                              id={index === 0 ? 'recommendations' : `recommendation-${index}`}
                              type="checkbox"
                              checked={followed.has(r.id)}
                              onChange={() => toggle(r.id)}
                            />
                            <label
                              className="govuk-label govuk-checkboxes__label"
                              htmlFor={index === 0 ? 'recommendations' : `recommendation-${index}`}
                            >
                              {recommendationLabel(r)}
                            </label>
                          </div>
                        ))}
                      </div>
                    )}
                  </fieldset>
                </div>
              ) : null}
            </div>
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

          <button type="submit" className="govuk-button" disabled={busy}>
            Create the inspection
          </button>
        </form>
        <p className="govuk-body">
          <Link to="/">Cancel and go back to my inspections</Link>
        </p>
      </div>
    </div>
  );
}

function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  width?: string;
  numeric?: boolean;
  value: string;
  onChange: (value: string) => void;
  problems: readonly FormProblem[];
}) {
  const error = hasError(props.problems, props.id);
  const describedBy = [props.hint ? `${props.id}-hint` : '', error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div className="govuk-hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <FieldError problems={props.problems} field={props.id} />
      <input
        className={`govuk-input${props.width ? ` ${props.width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={props.id}
        type="text"
        inputMode={props.numeric ? 'numeric' : undefined}
        spellCheck={props.numeric ? false : undefined}
        aria-describedby={describedBy || undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
