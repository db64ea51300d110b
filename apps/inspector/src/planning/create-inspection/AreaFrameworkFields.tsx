// The area to inspect and the framework version the inspection keeps.
import { errorMessage, SelectField, type FormProblem } from '@scrutiny/ui';

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
      <SelectField
        id="area"
        label="Area"
        labelClass="govuk-label--s"
        error={errorMessage(problems, 'area')}
        options={[{ value: '', label: 'Choose an area' }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
        value={areaId}
        onChange={onArea}
      />
      <SelectField
        id="framework"
        label="Framework and version"
        labelClass="govuk-label--s"
        hint="The inspection keeps this version of the framework to the end."
        error={errorMessage(problems, 'framework')}
        options={[
          { value: '', label: 'Choose a framework' },
          ...frameworks.map((f) => ({ value: f.id, label: `${f.title}, version ${f.version}` })),
        ]}
        value={frameworkId}
        onChange={onFramework}
      />
    </>
  );
}
