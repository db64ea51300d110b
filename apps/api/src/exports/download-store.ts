// The downloads of published reports, kept in the database (ReportDownload) once rendered: a published report is
// frozen, so its file under one renderer (exporter plugin and version) never changes. Every API process reads the
// same copy, and it outlives restarts. Only a published inspection's report is ever looked up here.
import type { PrismaClient } from '@scrutiny/db';

export interface DownloadKey {
  publishedReportId: string;
  exporterKey: string;
  renderer: string;
}

export interface StoredDownloadHead {
  etag: string;
  mediaType: string;
  fileName: string;
}

export interface StoredDownload extends StoredDownloadHead {
  content: Uint8Array;
}

/** What is known of an inspection's download before rendering: nothing when the inspection is not published. */
export type DownloadLookup =
  { published: false } | { published: true; publishedReportId: string | null; stored: StoredDownloadHead | null };

const HEAD = { etag: true, mediaType: true, fileName: true } as const;

export class DownloadStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** One statement: the inspection's published report, and the stored file's head (not its bytes) if any. */
  async lookup(inspectionId: string, exporterKey: string, renderer: string): Promise<DownloadLookup> {
    const inspection = await this.prisma.inspection.findFirst({
      where: { id: inspectionId, status: 'PUBLISHED' },
      select: {
        publishedReport: { select: { id: true, downloads: { where: { exporterKey, renderer }, select: HEAD } } },
      },
    });
    if (!inspection) return { published: false };
    const report = inspection.publishedReport;
    return { published: true, publishedReportId: report?.id ?? null, stored: report?.downloads[0] ?? null };
  }

  async content(key: DownloadKey): Promise<Uint8Array | null> {
    const row = await this.prisma.reportDownload.findUnique({
      where: { publishedReportId_exporterKey_renderer: key },
      select: { content: true },
    });
    return row?.content ?? null;
  }

  /**
   * Stores a rendered file unless another process stored one first, and returns the stored one: every process then
   * serves the same bytes under the same tag. One insert, so a file is stored whole or not at all.
   */
  async save(key: DownloadKey, file: StoredDownload): Promise<StoredDownload> {
    await this.prisma.reportDownload.createMany({
      data: [{ ...key, ...file, content: Buffer.from(file.content) }],
      skipDuplicates: true,
    });
    const stored = await this.prisma.reportDownload.findUnique({
      where: { publishedReportId_exporterKey_renderer: key },
      select: { ...HEAD, content: true },
    });
    return stored ?? file;
  }
}
