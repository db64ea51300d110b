// National open data: every published figure of every published inspection in one file per format, in the same
// layout as one report's export (one row per figure per subsample), with the licence and the release log (what was
// published or corrected, and when). The host builds the reports; nothing here computes a figure.
import type { PublishedReportModel } from '@scrutiny/plugin-sdk';
import { figuresCsvOf } from './csv.ts';
import { COLUMNS, figureRecords, LAYOUT_VERSION } from './layout.ts';
import { figuresWorkbook } from './xlsx.ts';

export interface OpenDataLicence {
  name: string;
  url: string;
}

/** One entry of the release log: an inspection's figures published, or corrected after publication. */
export interface OpenDataRelease {
  /** ISO 8601, UTC. */
  at: string;
  change: 'PUBLISHED' | 'CORRECTED';
  inspectionId: string;
  areaCode: string;
  year: number;
  title: string;
}

export interface NationalOpenData {
  reports: readonly PublishedReportModel[];
  licence: OpenDataLicence;
  /** Newest first. */
  releases: readonly OpenDataRelease[];
  /** ISO 8601, UTC: when these files were written (the latest release). */
  generatedAt: string;
}

export const NATIONAL_TITLE = 'Scrutiny open data: every published figure of every published inspection';

export function nationalCsv(data: NationalOpenData): string {
  return figuresCsvOf(data.reports);
}

export function nationalJson(data: NationalOpenData): string {
  const document = {
    layout: LAYOUT_VERSION,
    title: NATIONAL_TITLE,
    licence: data.licence,
    generatedAt: data.generatedAt,
    releases: data.releases,
    inspections: data.reports.map((report) => ({ ...report.inspection, heading: report.heading })),
    notes: data.reports[0]?.aboutFigures ?? [],
    columns: COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
    rows: data.reports.flatMap((report) => figureRecords(report)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function nationalXlsx(data: NationalOpenData): Promise<Uint8Array> {
  return figuresWorkbook(data.reports, {
    title: NATIONAL_TITLE,
    dated: new Date(data.generatedAt),
    rows: [
      ['Data', NATIONAL_TITLE],
      ['Licence', `${data.licence.name} (${data.licence.url})`],
      ['Generated', data.generatedAt],
      ['Inspections', data.reports.length],
      ['Layout', LAYOUT_VERSION],
      ...(data.reports[0]?.aboutFigures ?? []).map((line): [string, string] => ['Note', line]),
      ...data.releases.map((release): [string, string] => [
        'Release',
        `${release.at}: ${release.change === 'PUBLISHED' ? 'published' : 'corrected'} ${release.title} (${release.areaCode}, ${release.year})`,
      ]),
    ],
  });
}
