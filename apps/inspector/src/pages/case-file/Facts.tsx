// The facts of a case file, open above its questions.
import { fileStatusLabel, humanise, riskLabel } from '../../labels.ts';

interface FactsFile {
  officer: string | null;
  status: string;
  facts: {
    reference: string;
    orderType: string;
    riskOfHarm: string;
    mappaCategory: number | null;
    mappaLevel: number | null;
    district: string | null;
    sex: string | null;
    dates: readonly { name: string; date: string }[];
    reviewDates: readonly string[];
    flags: readonly { name: string; value: boolean }[];
  };
}

export function Facts({ file }: { file: FactsFile }) {
  const { facts } = file;
  const rows: [string, string][] = [
    ['Status', fileStatusLabel(file.status)],
    ['Order or licence', facts.orderType],
    ['Risk of harm', riskLabel(facts.riskOfHarm)],
    ['MAPPA', facts.mappaCategory ? `Category ${facts.mappaCategory}, level ${facts.mappaLevel ?? '–'}` : 'Not MAPPA'],
    ['District', facts.district ?? '–'],
    ['Responsible officer', file.officer ?? '–'],
    ...facts.dates.map((d): [string, string] => [humanise(d.name), d.date]),
    ['Reviews', facts.reviewDates.length ? facts.reviewDates.join(', ') : 'None recorded'],
    ...facts.flags.map((f): [string, string] => [humanise(f.name), f.value ? 'Yes' : 'No']),
  ];
  return (
    <details className="govuk-details" open>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Facts of the case</span>
      </summary>
      <div className="govuk-details__text">
        <dl className="govuk-summary-list govuk-!-margin-bottom-0">
          {rows.map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
