// For a follow-up: the baseline (one of the area's earlier inspections) and which of its recommendations are
// followed up.
import { FieldError, hasError, type FormProblem } from '@scrutiny/ui';
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
      <div className={`govuk-form-group${hasError(problems, 'baseline') ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby="baseline-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Baseline inspection</legend>
          <div className="govuk-hint" id="baseline-hint">
            The earlier inspection of the area that this one follows up and is compared with.
          </div>
          <FieldError problems={problems} field="baseline" />
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
                    onChange={() => onBaseline(b.id)}
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
    <div className={`govuk-form-group${hasError(problems, 'recommendations') ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby="recommendations-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Recommendations followed up</legend>
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
                  onChange={() => onToggle(r.id)}
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
  );
}
