// The national picture in words: its types, the subsamples' names, an area's score in it, and how a criterion's
// range and an inspection's kind are said.
import type { ResultOf } from '@scrutiny/graphql-client';
import { HIGH_RISK_OF_HARM, WHOLE_SAMPLE, WHOLE_SAMPLE_LABEL } from '@scrutiny/domain';
import { formatPercent } from '../figures/percent.ts';
import type { NationalPictureQuery } from './documents.ts';

export type Picture = ResultOf<typeof NationalPictureQuery>['all'];
export type NationalGroup = Picture['groups'][number];
export type NationalCriterion = NationalGroup['criteria'][number];

// The API's and the open data's words for the subsamples.
export const SUBSAMPLE_LABEL: Record<string, string> = {
  [WHOLE_SAMPLE]: WHOLE_SAMPLE_LABEL,
  [HIGH_RISK_OF_HARM.key]: HIGH_RISK_OF_HARM.label,
};

export function scoreOf(picture: Picture, areaCode: string, code: string) {
  return picture.areas.find((a) => a.area.code === areaCode)?.criterionScores.find((s) => s.code === code);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function describeKind(basis: { kind: string; offenderInterviews: boolean }): string {
  const kind = basis.kind === 'FOLLOW_UP' ? 'Follow-up' : 'Full inspection';
  return basis.offenderInterviews ? kind : `${kind}, no offender interviews`;
}

export function range(criterion: NationalCriterion): string {
  if (criterion.lowest == null || criterion.highest == null) return '–';
  return `${formatPercent(criterion.lowest)} to ${formatPercent(criterion.highest)}`;
}
