// Adding an area, or changing the one chosen in the list.
import type { FormEvent } from 'react';
import { SelectField, type FormProblem, FormButtons } from '@scrutiny/ui';
import { TextField } from './TextField.tsx';
import type { AreaFormState } from './area-forms.ts';

export function AreaForm({
  area,
  setArea,
  editing,
  groups,
  problems,
  busy,
  onSubmit,
  onCancel,
}: {
  area: AreaFormState;
  setArea: (area: AreaFormState) => void;
  editing: string | null;
  groups: readonly { id: string; name: string; retired: boolean }[];
  problems: readonly FormProblem[];
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3 className="govuk-heading-s">{editing ? `Change ${area.name || 'the area'}` : 'Add an area'}</h3>
      <TextField
        id="area-code"
        label="Code"
        hint="Capital letters, digits or hyphens, e.g. WMPA. Each area has its own."
        width="govuk-input--width-10"
        value={area.code}
        onChange={(code) => setArea({ ...area, code })}
        problems={problems}
      />
      <TextField
        id="area-name"
        label="Name"
        value={area.name}
        onChange={(name) => setArea({ ...area, name })}
        problems={problems}
      />
      <TextField
        id="area-region"
        label="Region"
        value={area.region}
        onChange={(region) => setArea({ ...area, region })}
        problems={problems}
      />
      <TextField
        id="area-size"
        label="Size (optional)"
        hint="The size band you group areas by, e.g. large."
        width="govuk-input--width-20"
        value={area.size}
        onChange={(size) => setArea({ ...area, size })}
        problems={problems}
      />
      <TextField
        id="area-density"
        label="Population density (optional)"
        hint="e.g. urban, mixed, rural."
        width="govuk-input--width-20"
        value={area.density}
        onChange={(density) => setArea({ ...area, density })}
        problems={problems}
      />
      <SelectField
        id="area-group"
        label="Comparison group"
        options={[
          { value: '', label: 'None' },
          ...groups.filter((g) => !g.retired).map((g) => ({ value: g.id, label: g.name })),
        ]}
        value={area.group}
        onChange={(group) => setArea({ ...area, group })}
      />
      <FormButtons submit={editing ? 'Save changes' : 'Add area'} busy={busy} onCancel={editing ? onCancel : null} />
    </form>
  );
}
