// What the writers of a draft report need besides its content: the sections a report has (so every client names and
// orders them alike), and who signed the report off and when.
import { builder } from '../builder.ts';

export interface ReportSection {
  key: string;
  title: string;
  description: string;
  /** Printed after the criteria's parts rather than before them. */
  afterCriteria: boolean;
  /** Only a follow-up inspection's report has it. */
  followUpOnly: boolean;
}

/** The report's sections in print order, in the shape of the reference report (DOMAIN.md § The work, step 7). */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  {
    key: 'FOREWORD',
    title: 'Foreword',
    description: "The chief inspector's overview, signed.",
    afterCriteria: false,
    followUpOnly: false,
  },
  {
    key: 'ACKNOWLEDGEMENTS',
    title: 'Acknowledgements',
    description: 'Thanks to the area; the inspection team is listed after it.',
    afterCriteria: false,
    followUpOnly: false,
  },
  {
    key: 'GLOSSARY',
    title: 'Glossary',
    description: 'Abbreviations used in the report, one a line: the term, then its meaning.',
    afterCriteria: false,
    followUpOnly: false,
  },
  {
    key: 'REASONS',
    title: 'Reasons for undertaking the follow-up',
    description: 'Why the area was followed up, and which recommendations the follow-up was based on.',
    afterCriteria: false,
    followUpOnly: true,
  },
  {
    key: 'SUMMARY',
    title: 'Summary of findings',
    description: 'The key findings for each section of the framework.',
    afterCriteria: false,
    followUpOnly: false,
  },
  {
    key: 'NEXT_STEPS',
    title: 'Next steps',
    description: 'Who receives the report and where it is published.',
    afterCriteria: false,
    followUpOnly: false,
  },
  {
    key: 'ARRANGEMENTS',
    title: 'Inspection arrangements',
    description: 'How the inspection was carried out: case files read, meetings held, documents examined.',
    afterCriteria: false,
    followUpOnly: false,
  },
  {
    key: 'ROLE',
    title: 'The role of the inspectorate',
    description: "The inspectorate's remit, objectives and code of practice.",
    afterCriteria: true,
    followUpOnly: false,
  },
];

const ReportSectionRef = builder.objectRef<ReportSection>('ReportSection').implement({
  description: "One section of a report in words, as setReportText's `section` names it.",
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The name setReportText takes, e.g. FOREWORD.' }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    afterCriteria: t.exposeBoolean('afterCriteria', { description: "Printed after the criteria's parts." }),
    followUpOnly: t.exposeBoolean('followUpOnly', { description: "Only in a follow-up inspection's report." }),
  }),
});

builder.queryField('reportSections', (t) =>
  t.field({
    type: [ReportSectionRef],
    description: "The sections a report has in words, in print order (the criteria's parts come between them).",
    resolve: () => [...REPORT_SECTIONS],
  }),
);
