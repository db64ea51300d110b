// For a follow-up: the baseline (one of the area's earlier inspections) and which of its recommendations are
// followed up.
import { CheckboxItems, errorMessage, FieldsetGroup, RadioItems, type FormProblem } from '@scrutiny/ui';
import { humanise } from '../../labels.ts';
import { recommendationLabel } from '../plan-form.ts';

export interface Baseline {
  id: string;
  title: string;
  year: number;
  kind: string;
  status: string;
  recommendations: readonly { id: string; number: number; text: string }[];
}

export function FollowUpFields({
  ready,
  loading,
  baselines,
  baselineId,
  onBaseline,
  followed,
  onToggle,
  problems,
}: {
  /** The area and year are known, so the baselines on offer can be listed. */
  ready: boolean;
  loading: boolean;
  baselines: readonly Baseline[];
  baselineId: string;
  onBaseline: (baselineId: string) => void;
  followed: ReadonlySet<string>;
  onToggle: (recommendationId: string) => void;
  problems: readonly FormProblem[];
}) {
  const baseline = baselines.find((b) => b.id === baselineId) ?? null;
  return (
    <div className="govuk-inset-text">
      <FieldsetGroup
        id="baseline"
        legend="Baseline inspection"
        hint="The earlier inspection of the area that this one follows up and is compared with."
        error={errorMessage(problems, 'baseline')}
      >
        {!ready ? (
          <p className="govuk-body" id="baseline">
            Choose the area and enter the year first.
          </p>
        ) : loading ? (
          <p className="govuk-body">Loading the area’s inspections…</p>
        ) : baselines.length === 0 ? (
          <p className="govuk-body" id="baseline">
            The area has no earlier inspection you may see.
          </p>
        ) : (
          <RadioItems
            id="baseline"
            options={baselines.map((b, index) => ({
              value: b.id,
              label: b.title,
              id: index === 0 ? 'baseline' : `baseline-${index}`,
              hint: `${b.year}, ${humanise(b.kind).toLowerCase()}, ${humanise(b.status).toLowerCase()}; ${b.recommendations.length} recommendations`,
              hintId: `baseline-${index}-hint`,
            }))}
            value={baselineId}
            onChange={onBaseline}
          />
        )}
      </FieldsetGroup>

      {baseline ? (
        <RecommendationsField baseline={baseline} followed={followed} onToggle={onToggle} problems={problems} />
      ) : null}
    </div>
  );
}

function RecommendationsField({
  baseline,
  followed,
  onToggle,
  problems,
}: {
  baseline: Baseline;
  followed: ReadonlySet<string>;
  onToggle: (recommendationId: string) => void;
  problems: readonly FormProblem[];
}) {
  return (
    <FieldsetGroup
      id="recommendations"
      legend="Recommendations followed up"
      hint="Select each of the baseline’s recommendations this inspection will judge progress on."
      error={errorMessage(problems, 'recommendations')}
    >
      {baseline.recommendations.length === 0 ? (
        <p className="govuk-body" id="recommendations">
          The baseline made no recommendations.
        </p>
      ) : (
        <CheckboxItems
          id="recommendations"
          options={baseline.recommendations.map((r, index) => ({
            value: r.id,
            label: recommendationLabel(r),
            id: index === 0 ? 'recommendations' : `recommendation-${index}`,
          }))}
          chosen={followed}
          onToggle={onToggle}
        />
      )}
    </FieldsetGroup>
  );
}
