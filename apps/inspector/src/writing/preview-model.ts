// The pieces of the draft report's preview that are more than markup (report text is the domain's Markdown, drawn by
// @scrutiny/ui as on the published report): the glossary as terms,
// the team as the report lists it, and each criterion's score table (original against follow-up). The figures are
// the API's; nothing here computes a score.

export interface GlossaryTerm {
  term: string;
  meaning: string;
}

/** The glossary, one term a line: "OASys<tab>Offender Assessment System", or with " – ", " - " or ": " between. */
export function glossaryTerms(text: string): GlossaryTerm[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.+?)(?:\t+|\s+[–-]\s+|:\s+|\s{2,})(.+)$/.exec(line);
      return match ? { term: match[1]!.trim(), meaning: match[2]!.trim() } : { term: line, meaning: '' };
    });
}

const TEAM_ROLES: readonly { role: string; title: string }[] = [
  { role: 'LEAD_INSPECTOR', title: 'HM Inspectors' },
  { role: 'INSPECTOR', title: 'HM Inspectors' },
  { role: 'AREA_ASSESSOR', title: 'Area Assessors' },
  { role: 'INFORMATION_MANAGER', title: 'Information Manager' },
  { role: 'ADMIN_OFFICER', title: 'Inspection Admin Officer' },
];

/** The team as the acknowledgements list it: one line per role, the lead inspector first among the inspectors. */
export function teamLines(
  team: readonly { role: string; user: { name: string } }[],
): { title: string; names: string[] }[] {
  const lines: { title: string; names: string[] }[] = [];
  for (const { role, title } of TEAM_ROLES) {
    const names = team.filter((m) => m.role === role).map((m) => m.user.name);
    if (names.length === 0) continue;
    const line = lines.find((l) => l.title === title);
    if (line) line.names.push(...names);
    else lines.push({ title, names });
  }
  return lines;
}

export interface CriterionFigure {
  code: string;
  percentage: number | null;
  met: number | null;
  applicable: number | null;
  adjusted: boolean;
}
export interface BaselineFigure {
  kind: string;
  key: string;
  subsample: string;
  baselinePercentage: number | null;
  baselineAdjusted: boolean;
}

export interface ScoreTable {
  original: { percentage: number; adjusted: boolean } | null;
  current: { percentage: number | null; met: number | null; applicable: number | null };
}

/** A criterion's score table for the whole sample, or null when the framework does not score it. */
export function scoreTable(
  code: string,
  scoringRule: string,
  scores: readonly CriterionFigure[],
  baseline: readonly BaselineFigure[],
): ScoreTable | null {
  if (scoringRule === 'notScored') return null;
  const score = scores.find((s) => s.code === code);
  if (!score) return null;
  const before = baseline.find((f) => f.kind === 'CRITERION' && f.key === code && f.subsample === 'ALL');
  return {
    original:
      before && before.baselinePercentage !== null
        ? { percentage: before.baselinePercentage, adjusted: before.baselineAdjusted }
        : null,
    current: { percentage: score.percentage, met: score.met, applicable: score.applicable },
  };
}
