// Words for the API's codes on the writing pages, as inspectors read them.
import { humanise } from '../labels.ts';

export const MEETING_KINDS = [
  { value: 'BOARD', label: 'Board members' },
  { value: 'MANAGERS', label: 'Managers' },
  { value: 'PRACTITIONERS', label: 'Practitioners' },
  { value: 'PARTNERS', label: 'Partner agencies' },
  { value: 'OFFENDERS', label: 'Offenders' },
  { value: 'OTHER', label: 'Others' },
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number]['value'];

export const EVIDENCE_KINDS = [
  { value: 'DOCUMENT', label: 'Document' },
  { value: 'MEETING_NOTE', label: 'Note of a meeting' },
  { value: 'DATA', label: 'Data' },
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]['value'];

export const FINDING_KINDS = [
  { value: 'STRENGTH', label: 'Strength' },
  { value: 'AREA_FOR_IMPROVEMENT', label: 'Area for improvement' },
  { value: 'OBSERVATION', label: 'Observation' },
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number]['value'];

/** The follow-up's judgements of progress, from worst to best. */
export const JUDGEMENTS = [
  { value: 'NO_MEANINGFUL_PROGRESS', label: 'No meaningful progress' },
  { value: 'INSUFFICIENT_PROGRESS', label: 'Insufficient progress' },
  { value: 'REASONABLE_PROGRESS', label: 'Reasonable progress' },
  { value: 'GOOD_PROGRESS', label: 'Good progress' },
] as const;
export type Judgement = (typeof JUDGEMENTS)[number]['value'];

function labelIn(list: readonly { value: string; label: string }[], code: string): string {
  return list.find((item) => item.value === code)?.label ?? humanise(code);
}

export const meetingKindLabel = (code: string) => labelIn(MEETING_KINDS, code);
export const evidenceKindLabel = (code: string) => labelIn(EVIDENCE_KINDS, code);
export const findingKindLabel = (code: string) => labelIn(FINDING_KINDS, code);
export const judgementLabel = (code: string) => labelIn(JUDGEMENTS, code);

/** A date as the report prints it: 7 June 2006. */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

/** Sign-off as it stands: a report reopened for drafting keeps the record of its earlier sign-off, now withdrawn. */
export function signOffText(inspection: {
  status: string;
  signedOffAt: string | null;
  signedOffBy: { name: string } | null;
}): string {
  if (!inspection.signedOffAt) return 'Not signed off';
  const signed = `Signed off by ${inspection.signedOffBy?.name ?? 'a chief inspector'} on ${longDate(inspection.signedOffAt)}`;
  return inspection.status === 'SIGNED_OFF' || inspection.status === 'PUBLISHED'
    ? signed
    : `${signed}, then reopened: it must be signed off again`;
}
