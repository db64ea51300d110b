// What a factual accuracy comment can be about: the report as a whole, one of its sections in words, a criterion
// (its score and findings) or one measure figure. The comment's `section` holds the key (SUMMARY, B1,
// B1.review-16-weeks), so whoever reads the comment, in any app, can find the part of the report it names.

export interface CommentSubject {
  /** The `section` sent with the comment; '' for the report as a whole. */
  value: string;
  label: string;
}

export interface SubjectGroup {
  label: string;
  subjects: CommentSubject[];
}

/** The report's sections in words, in the order the report prints them. */
export const REPORT_SECTION_LABEL: Readonly<Record<string, string>> = {
  FOREWORD: 'Foreword',
  ACKNOWLEDGEMENTS: 'Acknowledgements',
  REASONS: 'Reasons for the inspection',
  SUMMARY: 'Summary of findings',
  NEXT_STEPS: 'Next steps',
  ARRANGEMENTS: 'Inspection arrangements',
  ROLE: 'The role of the inspectorate',
};

export const WHOLE_REPORT: CommentSubject = { value: '', label: 'The report as a whole' };

export interface DraftOutline {
  reportTexts: readonly { section: string }[];
  criteria: readonly { code: string; title: string }[];
  criterionScores: readonly { code: string }[];
  measureResults: readonly { key: string; criterion: string; text: string }[];
}

/** Every part of the draft a comment can be about, grouped as the select list shows them. */
export function commentSubjects(draft: DraftOutline): SubjectGroup[] {
  const written = new Set(draft.reportTexts.map((t) => t.section));
  const known = Object.keys(REPORT_SECTION_LABEL);
  const sections = [
    ...known.filter((key) => written.has(key) || key === 'SUMMARY' || key === 'ARRANGEMENTS'),
    ...[...written].filter((key) => !known.includes(key)).sort(),
  ].map((key) => ({ value: key, label: REPORT_SECTION_LABEL[key] ?? sectionName(key) }));
  const scored = new Set(draft.criterionScores.map((s) => s.code));
  const criteria = draft.criteria
    .filter((c) => scored.has(c.code))
    .map((c) => ({ value: c.code, label: `${c.code} ${c.title}: score and findings` }));
  const seen = new Set<string>();
  const measures: CommentSubject[] = [];
  for (const m of draft.measureResults) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    measures.push({ value: m.key, label: `${m.criterion}: ${m.text}` });
  }
  return [
    { label: 'Sections of the report', subjects: [WHOLE_REPORT, ...sections] },
    { label: 'Criteria', subjects: criteria },
    { label: 'Measure figures', subjects: measures },
  ].filter((group) => group.subjects.length > 0);
}

/** The words for a comment's `section`, whichever client wrote it; an unknown key is shown as written. */
export function subjectLabel(section: string | null, groups: readonly SubjectGroup[]): string {
  if (!section) return WHOLE_REPORT.label;
  for (const group of groups) {
    const found = group.subjects.find((s) => s.value === section);
    if (found) return found.label;
  }
  return REPORT_SECTION_LABEL[section] ?? section;
}

function sectionName(key: string): string {
  const words = key.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
