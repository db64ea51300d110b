// The quarter the programme plans the inspection for, and whether it is full or a follow-up.
import { errorMessage, Radios, SelectField, type FormProblem } from '@scrutiny/ui';

export type InspectionKind = 'FULL' | 'FOLLOW_UP' | '';

const KINDS = [
  { value: 'FULL', label: 'Full inspection' },
  { value: 'FOLLOW_UP', label: 'Follow-up of an earlier inspection', id: 'kind-follow-up' },
] as const;

export function QuarterField({ quarter, onQuarter }: { quarter: string; onQuarter: (quarter: string) => void }) {
  return (
    <SelectField
      id="quarter"
      label="Quarter (optional)"
      hint="The quarter of the year the programme plans it for."
      options={[
        { value: '', label: 'Not yet decided' },
        ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: `Quarter ${q}` })),
      ]}
      value={quarter}
      onChange={onQuarter}
    />
  );
}

export function KindField({
  kind,
  onKind,
  problems,
}: {
  kind: InspectionKind;
  onKind: (kind: InspectionKind) => void;
  problems: readonly FormProblem[];
}) {
  return (
    <Radios
      id="kind"
      legend="Kind of inspection"
      error={errorMessage(problems, 'kind')}
      options={KINDS}
      value={kind}
      onChange={(value) => onKind(KINDS.find((k) => k.value === value)?.value ?? '')}
    />
  );
}
