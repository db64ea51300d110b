// National open data: every published figure of every published inspection in one CSV, one JSON and one XLSX, in
// the open-data plugin's layout, with the licence and a release log. The files are written once per release (when
// the published reports change) and kept in the database, so every API process serves the same bytes; the first
// reader after a publication writes the new release, and a second process racing it reads the winner's files.
import { createHash } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma, PrismaClient } from '@scrutiny/db';
import type { PublishedReportModel } from '@scrutiny/domain';
import {
  figureRecords,
  LAYOUT_VERSION,
  nationalCsv,
  nationalJson,
  nationalXlsx,
  XLSX_MEDIA_TYPE,
  type OpenDataLicence,
  type OpenDataRelease,
} from '@scrutiny/plugin-export-open-data';

export const OPEN_DATA_FILES = [
  { name: 'figures.csv', mediaType: 'text/csv; charset=utf-8', format: 'CSV' },
  { name: 'figures.json', mediaType: 'application/json; charset=utf-8', format: 'JSON' },
  { name: 'figures.xlsx', mediaType: XLSX_MEDIA_TYPE, format: 'XLSX' },
] as const;

export type OpenDataFileName = (typeof OPEN_DATA_FILES)[number]['name'];

export interface StoredFile {
  name: string;
  mediaType: string;
  content: Uint8Array;
  etag: string;
}

export interface OpenDataEdition {
  /** When this release was written (ISO 8601). */
  generatedAt: string;
  layout: string;
  licence: OpenDataLicence;
  /** Every release's changes, newest first. */
  releases: OpenDataRelease[];
  files: StoredFile[];
  inspections: number;
}

type ReleaseChange = OpenDataRelease;

type Digests = Record<string, string>;

function digest(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('base64url');
}

export class NationalOpenData {
  private writing: Promise<void> | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly licence: OpenDataLicence,
    private readonly publicReport: (inspectionId: string) => Promise<PublishedReportModel | null>,
  ) {}

  /** The current release: written first when a publication came since the last one. */
  async current(): Promise<OpenDataEdition> {
    const mark = await this.sourceMark();
    let release = await this.prisma.openDataRelease.findUnique({ where: { source: mark }, include: { files: true } });
    if (!release) {
      // One writer per process at a time; across processes the unique source mark decides.
      this.writing ??= this.write(mark).finally(() => (this.writing = null));
      await this.writing;
      release = await this.prisma.openDataRelease.findUniqueOrThrow({
        where: { source: mark },
        include: { files: true },
      });
    }
    const all = await this.prisma.openDataRelease.findMany({
      where: { at: { lte: release.at } },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      select: { changes: true },
    });
    const digests = release.digests as Digests;
    return {
      generatedAt: release.at.toISOString(),
      layout: LAYOUT_VERSION,
      licence: this.licence,
      releases: all.flatMap((r) => r.changes as unknown as ReleaseChange[]),
      files: OPEN_DATA_FILES.map(({ name }) => release.files.find((f) => f.name === name)!).map((f) => ({
        name: f.name,
        mediaType: f.mediaType,
        content: new Uint8Array(f.content),
        etag: f.etag,
      })),
      inspections: Object.keys(digests).length,
    };
  }

  /** What the files are written from: the published reports, the layout and the licence. */
  private async sourceMark(): Promise<string> {
    const published = await this.prisma.publishedReport.aggregate({
      _count: { _all: true },
      _max: { publishedAt: true },
    });
    return [
      LAYOUT_VERSION,
      this.licence.name,
      this.licence.url,
      published._count._all,
      published._max.publishedAt?.toISOString() ?? 'none',
    ].join(' ');
  }

  private async write(mark: string): Promise<void> {
    const published = await this.prisma.publishedReport.findMany({
      orderBy: [{ publishedAt: 'asc' }, { inspectionId: 'asc' }],
      select: { inspectionId: true, publishedAt: true },
    });
    const reports: PublishedReportModel[] = [];
    for (const { inspectionId } of published) {
      const report = await this.publicReport(encodeGlobalID('Inspection', inspectionId));
      if (report) reports.push({ ...report, licence: this.licence });
    }
    const previous = await this.prisma.openDataRelease.findFirst({ orderBy: [{ at: 'desc' }, { id: 'desc' }] });
    const before = (previous?.digests ?? {}) as Digests;
    const at = new Date();
    const digests: Digests = {};
    const changes: ReleaseChange[] = [];
    for (const report of reports) {
      const { id, area, year, title, publishedAt } = report.inspection;
      digests[id] = digest(JSON.stringify(figureRecords(report)));
      if (before[id] === digests[id]) continue;
      const change = before[id] === undefined ? 'PUBLISHED' : 'CORRECTED';
      changes.push({
        at: change === 'PUBLISHED' && publishedAt ? publishedAt : at.toISOString(),
        change,
        inspectionId: id,
        areaCode: area.code,
        year,
        title,
      });
    }
    changes.sort((a, b) => b.at.localeCompare(a.at));
    const earlier = previous
      ? (
          await this.prisma.openDataRelease.findMany({
            orderBy: [{ at: 'desc' }, { id: 'desc' }],
            select: { changes: true },
          })
        ).flatMap((r) => r.changes as unknown as ReleaseChange[])
      : [];
    const data = {
      reports,
      licence: this.licence,
      releases: [...changes, ...earlier],
      generatedAt: at.toISOString(),
    };
    const contents: Record<OpenDataFileName, Uint8Array> = {
      'figures.csv': new TextEncoder().encode(nationalCsv(data)),
      'figures.json': new TextEncoder().encode(nationalJson(data)),
      'figures.xlsx': await nationalXlsx(data),
    };
    try {
      await this.prisma.openDataRelease.create({
        data: {
          at,
          source: mark,
          changes: changes as unknown as Prisma.InputJsonValue,
          digests,
          files: {
            create: OPEN_DATA_FILES.map(({ name, mediaType }) => ({
              name,
              mediaType,
              content: new Uint8Array(contents[name]),
              etag: `"${digest(contents[name]).slice(0, 32)}"`,
            })),
          },
        },
      });
    } catch (error) {
      // Another process wrote this release first: its files are served.
      if ((error as { code?: string }).code !== 'P2002') throw error;
    }
  }
}
