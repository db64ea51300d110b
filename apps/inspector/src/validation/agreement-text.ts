// Agreement figures as an inspector reads them. Kappa is shown only where it is defined; where it is not, the
// page says why, rather than printing a number the data cannot support.

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
  return `${Math.round(a.percentage)}% (${a.agreed} of ${a.pairs})`;
}

export function kappaText(a: AgreementLike): string {
  if (a.kappa === null) {
    if (a.kappaUndefined === 'NO_VARIATION')
      return 'Not enough data: both gave the same answer every time, so kappa cannot be worked out';
    return 'Not enough data: no second-marked answers compared yet';
  }
  const value = (Math.round(a.kappa * 100) / 100).toFixed(2);
  return a.fewPairs ? `${value} (fewer than 5 answers: read with care)` : value;
}

/** The usual words for a kappa (Landis and Koch), for a reader who does not carry the scale in their head. */
export function kappaStrength(kappa: number | null): string | null {
  if (kappa === null) return null;
  if (kappa < 0) return 'less than chance';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}
