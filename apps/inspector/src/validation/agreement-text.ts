// Agreement figures as an inspector reads them. Kappa is shown only where it is defined and rests on at least
// five compared answers; otherwise the page says why, rather than printing a number the data cannot support.
import { formatAgreement, formatKappa } from '@scrutiny/domain';

export interface AgreementLike {
  pairs: number;
  agreed: number;
  percentage: number | null;
  kappa: number | null;
  kappaUndefined: string | null;
  fewPairs: boolean;
}

export function agreementPercent(a: AgreementLike): string {
  if (a.percentage === null) return 'Not enough data';
  return formatAgreement({ percentage: a.percentage, agreed: a.agreed, pairs: a.pairs });
}

export function kappaText(a: AgreementLike): string {
  if (a.kappa === null) {
    if (a.kappaUndefined === 'NO_VARIATION') return 'Not enough data: the same answer from both every time';
    return 'Not enough data: no second-marked answers compared yet';
  }
  // Defined, but over so few answers that a figure would mislead more than inform.
  if (a.fewPairs) return `Not enough data: only ${a.pairs} ${a.pairs === 1 ? 'answer' : 'answers'} compared`;
  return formatKappa(a.kappa);
}

/** The usual words for a kappa (Landis and Koch), for a reader who does not carry the scale in their head. */
export function kappaStrength(a: AgreementLike): string | null {
  const kappa = a.kappa;
  if (kappa === null || a.fewPairs) return null;
  if (kappa < 0) return 'less than chance';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}
