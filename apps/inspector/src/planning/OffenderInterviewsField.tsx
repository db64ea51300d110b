// Whether offenders (and significant other workers) are interviewed: recorded when an inspection is planned, since
// it is part of what its scores can be compared with (a follow-up without interviews is not ranked with full ones).
import { Radios } from '@scrutiny/ui';

export function OffenderInterviewsField({ held, onChange }: { held: boolean; onChange: (held: boolean) => void }) {
  return (
    <Radios
      id="offender-interviews"
      legend="Offender interviews"
      hint="Inspections are compared only with inspections held the same way."
      options={[
        { value: 'yes', label: 'Yes: offenders are interviewed' },
        { value: 'no', label: 'No: no offenders are interviewed', id: 'offender-interviews-none' },
      ]}
      value={held ? 'yes' : 'no'}
      onChange={(value) => onChange(value === 'yes')}
    />
  );
}
