// Ratings on the scores page, where the framework gives them (ESI does not, and shows nothing here): each standard
// rated by its lowest key question, an inspector's override with its recorded reason, the overall rating and each
// local unit; and, until sign-off, a form for an inspector of the team to override a standard's rating.
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  ErrorSummary,
  errorMessage,
  FormGroup,
  type FormProblem,
  hasError,
  Table,
  UnitRatingsTable,
  SubmitButton,
  Section,
} from '@scrutiny/ui';
import { InspectionRatingsQuery, OverrideStandardRatingMutation } from './ratings-documents.ts';

const CLOSED = new Set(['SIGNED_OFF', 'PUBLISHED']);
const NOT_RATED = 'Not rated';

/** `refreshKey` changes whenever the live scores change, so the ratings follow them. */
export function RatingsSection({ id, refreshKey }: { id: string; refreshKey: unknown }) {
  const [result, refetch] = useQuery({ query: InspectionRatingsQuery, variables: { id } });
  useEffect(() => {
    if (refreshKey) refetch({ requestPolicy: 'network-only' });
  }, [refreshKey, refetch]);
  const inspection = result.data?.inspection;
  const ratings = inspection?.ratings;
  if (!inspection || !ratings) return null;
  const questionSet = ratings.questionSets.find((s) => s.key === ratings.questionSet)?.label ?? ratings.questionSet;
  const keyQuestionText = (standard: (typeof ratings.standards)[number]) =>
    standard.keyQuestions.find((q) => q.key === standard.lowestKeyQuestion)?.measure.text ?? null;

  return (
    <Section headingId="ratings-heading" heading="Ratings" data-testid="ratings">
      <p className="govuk-body">
        A key question is rated by its percentage of applicable case files (
        {ratings.scale
          .slice()
          .reverse()
          .map((r) => `${r.label} from ${r.from}%`)
          .join(', ')}
        ). Each standard takes the rating of its lowest key question ({questionSet.toLowerCase()}) unless an inspector
        overrides it with a reason; the overall rating adds up the standards’ points.
      </p>
      <p className="govuk-body-l" data-testid="overall-rating">
        Overall: <strong>{ratings.overall.rating?.label ?? NOT_RATED}</strong>
        {ratings.overall.points !== null ? ` (${ratings.overall.points} points)` : ''}
      </p>
      {ratings.overall.reason ? <p className="govuk-body">{ratings.overall.reason}</p> : null}
      <Table
        caption={{ text: 'Ratings by standard', size: 's' }}
        testId="standard-ratings"
        rows={ratings.standards}
        rowKey={(standard) => standard.code}
        rowProps={(standard) => ({ 'data-testid': `standard-${standard.code}` })}
        columns={[
          { header: 'Standard', rowHeader: true, cell: (standard) => `${standard.code} ${standard.title}` },
          {
            header: 'Lowest key question',
            cell: (standard) => keyQuestionText(standard) ?? 'No applicable case file yet',
          },
          { header: 'Computed', cell: (standard) => standard.computed?.label ?? NOT_RATED },
          {
            header: 'Rating',
            cell: (standard) => (
              <>
                <strong>{standard.effective?.label ?? NOT_RATED}</strong>
                {standard.override ? (
                  <>
                    <br />
                    Overridden{standard.override.by ? ` by ${standard.override.by}` : ''}: {standard.override.reason}
                  </>
                ) : null}
              </>
            ),
          },
        ]}
      />

      {ratings.units.length > 0 ? (
        <UnitRatingsTable
          caption="Local units (the region is the whole sample above)"
          captionSize="s"
          standards={ratings.standards}
          units={ratings.units.map((unit) => ({
            unit: unit.unit,
            caseFiles: unit.caseFiles,
            standards: ratings.standards.map(
              (standard) => unit.standards.find((s) => s.code === standard.code)?.effective?.label ?? NOT_RATED,
            ),
            overall: unit.overall?.rating?.label ?? NOT_RATED,
          }))}
        />
      ) : null}

      {CLOSED.has(inspection.status) ? (
        <p className="govuk-body">The ratings were signed off and can no longer be overridden.</p>
      ) : (
        <OverrideForm
          inspectionId={inspection.id}
          standards={ratings.standards.map((s) => ({ code: s.code, title: s.title }))}
          scale={ratings.scale.map((r) => ({ key: r.key, label: r.label }))}
          onSaved={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
    </Section>
  );
}

function OverrideForm(props: {
  inspectionId: string;
  standards: readonly { code: string; title: string }[];
  scale: readonly { key: string; label: string }[];
  onSaved: () => void;
}) {
  const [, override] = useMutation(OverrideStandardRatingMutation);
  const [standard, setStandard] = useState('');
  const [rating, setRating] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const found: FormProblem[] = [];
    if (!standard) found.push({ field: 'override-standard', message: 'Choose the standard to rate' });
    if (!rating) found.push({ field: 'override-rating', message: 'Choose its rating' });
    if (reason.trim().length < 10)
      found.push({ field: 'override-reason', message: 'Give the reason for the override (at least 10 characters)' });
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    const result = await override({ input: { inspectionId: props.inspectionId, standard, rating, reason } });
    setBusy(false);
    const outcome = result.data?.overrideStandardRating;
    if (outcome?.__typename === 'MutationOverrideStandardRatingSuccess') {
      const label = props.scale.find((r) => r.key === rating)?.label ?? rating;
      setSaved(`Standard ${standard} is now rated ${label}, with your reason recorded.`);
      setStandard('');
      setRating('');
      setReason('');
      props.onSaved();
      return;
    }
    const fields: Record<string, string> = {
      standard: 'override-standard',
      rating: 'override-rating',
      reason: 'override-reason',
    };
    if (outcome?.__typename === 'InvalidInputError' && outcome.problems.length > 0)
      setProblems(outcome.problems.map((p) => ({ field: fields[p.path] ?? 'override-standard', message: p.message })));
    else
      setProblems([
        {
          field: 'override-standard',
          message: outcome && 'message' in outcome ? outcome.message : 'Scrutiny cannot be reached. Try again.',
        },
      ]);
  };

  return (
    <section aria-labelledby="override-heading">
      <h3 className="govuk-heading-s" id="override-heading">
        Override a standard’s rating
      </h3>
      <ErrorSummary problems={problems} />
      <div role="status">{saved ? <div className="govuk-inset-text">{saved}</div> : null}</div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormGroup id="override-standard" label="Standard" error={errorMessage(problems, 'override-standard')}>
          <select
            className="govuk-select"
            id="override-standard"
            value={standard}
            aria-describedby={hasError(problems, 'override-standard') ? 'override-standard-error' : undefined}
            onChange={(e) => setStandard(e.target.value)}
          >
            <option value="">Choose a standard</option>
            {props.standards.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} {s.title}
              </option>
            ))}
          </select>
        </FormGroup>
        <FormGroup id="override-rating" label="Rating" error={errorMessage(problems, 'override-rating')}>
          <select
            className="govuk-select"
            id="override-rating"
            value={rating}
            aria-describedby={hasError(problems, 'override-rating') ? 'override-rating-error' : undefined}
            onChange={(e) => setRating(e.target.value)}
          >
            <option value="">Choose a rating</option>
            {props.scale
              .slice()
              .reverse()
              .map((r) => (
                <option key={r.key} value={r.key}>
                  {r.label}
                </option>
              ))}
          </select>
        </FormGroup>
        <FormGroup
          id="override-reason"
          label="Reason"
          hint="The evidence for rating the standard otherwise than its lowest key question. It is published with the rating."
          error={errorMessage(problems, 'override-reason')}
        >
          <textarea
            className={`govuk-textarea${hasError(problems, 'override-reason') ? ' govuk-textarea--error' : ''}`}
            id="override-reason"
            rows={3}
            value={reason}
            aria-describedby={`override-reason-hint${hasError(problems, 'override-reason') ? ' override-reason-error' : ''}`}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormGroup>
        <SubmitButton busy={busy} variant="secondary">
          Override the rating
        </SubmitButton>
      </form>
    </section>
  );
}
