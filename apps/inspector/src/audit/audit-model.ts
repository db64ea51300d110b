// The audit log in words: what each event did, who holds which role, and the name of the CSV file it downloads as.
import { humanise } from '../labels.ts';

export interface AuditEventShape {
  action: string;
  entity: string;
  measureKey: string | null;
  before: unknown;
  after: unknown;
}

const ROLES: Record<string, string> = {
  INSPECTOR: 'HM inspector',
  CHIEF_INSPECTOR: 'Chief inspector',
  AREA_ASSESSOR: 'Area assessor',
  INFORMATION_MANAGER: 'Information manager',
  ADMIN_OFFICER: 'Admin officer',
  BOARD_MEMBER: 'Board member',
  ADMINISTRATOR: 'Administrator',
};

export function roleLabel(role: string): string {
  return ROLES[role] ?? humanise(role);
}

const ACTIONS: Record<string, string> = {
  'caseFile.read': 'Read the case file',
  'caseFile.assign': 'Assigned the case file',
  'caseFile.replace': 'Replaced the case file in the sample',
  'caseFile.submit': 'Submitted the case file',
  'caseList.import': 'Imported the case list',
  'sample.draw': 'Drew the sample',
  'team.add': 'Added a team member',
  'inspection.create': 'Created the inspection',
  'inspection.move': 'Moved the inspection on',
  'inspection.publish': 'Published the report',
  'validation.compare': 'Compared second marking with the assessor’s answers',
  'validation.resolve': 'Resolved a disagreement',
  'rating.override': 'Overrode a rating',
};

/** A field of a before or after record, if it is a string. */
function field(record: unknown, key: string): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

const question = (event: AuditEventShape) => (event.measureKey ? `question ${event.measureKey}` : 'a question');
const answerWord = (value: string | null) => (value ? humanise(value) : 'no answer');

/** What the event did, as a sentence an inspector reads: "Changed the answer to question 1.2 from Yes to No". */
export function actionText(event: AuditEventShape): string {
  if (event.action === 'answer.create')
    return `Answered ${question(event)}: ${answerWord(field(event.after, 'value'))}`;
  if (event.action === 'answer.update') {
    const before = field(event.before, 'value');
    const after = field(event.after, 'value');
    if (before !== after)
      return `Changed the answer to ${question(event)} from ${answerWord(before)} to ${answerWord(after)}`;
    return `Changed the reason or comment on the answer to ${question(event)}`;
  }
  if (event.action === 'validation.record')
    return `Second-marked ${question(event)}: ${answerWord(field(event.after, 'value'))}`;
  const known = ACTIONS[event.action];
  if (known) return known;
  // entity.verb, e.g. finding.update: "Finding: update".
  const [, verb = event.action] = event.action.split('.');
  return `${humanise(event.entity)}: ${humanise(verb).toLowerCase()}`;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** E.g. `audit-log-west-midlands-follow-up-inspection-2006-wm06-007-2026-12-01.csv`: what it is, of what, when. */
export function csvFileName(parts: {
  area: string;
  title: string;
  caseFileReference?: string | null;
  person?: string | null;
  on: Date;
}): string {
  const words = ['audit-log', parts.area, parts.title, parts.caseFileReference ?? '', parts.person ?? '']
    .map(slug)
    .filter(Boolean);
  return `${words.join('-')}-${parts.on.toISOString().slice(0, 10)}.csv`;
}
