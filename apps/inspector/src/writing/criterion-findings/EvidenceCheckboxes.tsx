// The evidence a finding rests on: any of the documents and notes recorded under meetings and evidence.
import { Checkboxes } from '@scrutiny/ui';

export function EvidenceCheckboxes({
  evidenceItems,
  cited,
  setCited,
}: {
  evidenceItems: readonly { id: string; title: string }[];
  cited: readonly string[];
  setCited: (cited: readonly string[]) => void;
}) {
  if (!evidenceItems.length) return <p className="govuk-body-s">No evidence is recorded yet for a finding to cite.</p>;
  return (
    <Checkboxes
      id="finding-evidence"
      legend="Evidence it rests on (optional)"
      hint="Documents and notes recorded under meetings and evidence."
      small
      options={evidenceItems.map((item) => ({ value: item.id, label: item.title, id: `finding-evidence-${item.id}` }))}
      chosen={cited}
      onToggle={(id, ticked) => setCited(ticked ? [...cited, id] : cited.filter((other) => other !== id))}
    />
  );
}
