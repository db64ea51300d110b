// The area to inspect and the framework version the inspection keeps.
import { FieldError, hasError, type FormProblem } from '@scrutiny/ui';

export function AreaFrameworkFields({
  areas,
  areaId,
  onArea,
  frameworks,
  frameworkId,
  onFramework,
  problems,
}: {
  areas: readonly { id: string; name: string }[];
  areaId: string;
  onArea: (areaId: string) => void;
  frameworks: readonly { id: string; title: string; version: number | string }[];
  frameworkId: string;
  onFramework: (frameworkId: string) => void;
  problems: readonly FormProblem[];
}) {
  return (
    <>
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
          onChange={(e) => onArea(e.target.value)}
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
          onChange={(e) => onFramework(e.target.value)}
        >
          <option value="">Choose a framework</option>
          {frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}, version {f.version}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
