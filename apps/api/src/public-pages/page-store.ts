// Public pages rendered on the server (issue 20), kept in PublicPage: a published report's page is made at
// publication (and again when missing or made by another renderer version); the list of published reports and the
// areas' pages are made at their first request and dropped at every publication, the only time they change. The list
// of published reports itself is kept in each process under the response cache's generation.
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '@scrutiny/db';
import {
  BOARD_RENDERER,
  type BoardRenderer,
  type PublishedReportEntry,
  type RenderedPage,
} from '@scrutiny/public-pages';
import type { Logger } from 'pino';
import type { CacheGeneration } from '../response-cache/generation.ts';

export interface StoredPage extends RenderedPage {
  path: string;
}

export class PublicPages {
  constructor(
    private readonly prisma: PrismaClient,
    /** Reaches the API's own /graphql as an anonymous reader. */
    private readonly fetch: typeof globalThis.fetch,
    private readonly logger: Logger,
    /** The board's built server renderer (board-renderer.ts): loaded at start in production, else when first asked. */
    readonly renderer: () => Promise<BoardRenderer>,
    /**
     * The response cache's generation (response-cache/generation.ts), raised on every process by any mutation that
     * could change the published reports: the list is kept in this process under it. Null: read every time.
     */
    private readonly generation: CacheGeneration | null = null,
  ) {}

  /** The list read at a generation, kept until the generation moves on. */
  private kept: { generation: number; list: Promise<PublishedReportEntry[]> } | null = null;

  /**
   * The published reports, each with its readable address, as the public sees them: read once per process and
   * generation (a publication raises it, on every process), not at every request.
   */
  published(): Promise<PublishedReportEntry[]> {
    const generation = this.generation?.current() ?? null;
    if (generation === null) return this.readPublished();
    if (this.kept?.generation === generation) return this.kept.list;
    const list = this.readPublished();
    const kept = { generation, list };
    this.kept = kept;
    // A failed read is not kept: the next request reads again.
    list.catch(() => {
      if (this.kept === kept) this.kept = null;
    });
    return list;
  }

  private async readPublished(): Promise<PublishedReportEntry[]> {
    return (await this.renderer()).publishedReportList(this.fetch);
  }

  /** The stored page at `path`, made now when missing or stale; null when no public page is there. */
  async page(path: string, reports?: readonly PublishedReportEntry[]): Promise<StoredPage | null> {
    const stored = await this.prisma.publicPage.findUnique({ where: { path } });
    // The loaded renderer is of this version (board-renderer.ts refuses any other).
    if (stored && stored.renderer === BOARD_RENDERER) return stored;
    return this.render(path, reports ?? (await this.published()));
  }

  /** After publication: the report's page is made now, and the list and area pages are made again when next asked. */
  async afterPublication(inspectionId: string): Promise<void> {
    await this.prisma.publicPage.deleteMany({ where: { publishedReportId: null } });
    // Read afresh: the generation is raised only once the publishing mutation is done, after this.
    this.kept = null;
    const reports = await this.readPublished();
    const report = reports.find((r) => decodeGlobalID(r.id).id === inspectionId);
    if (report) await this.render(`/reports/${report.slug}`, reports);
  }

  private async render(path: string, reports: readonly PublishedReportEntry[]): Promise<StoredPage | null> {
    const started = performance.now();
    const renderer = await this.renderer();
    const rendered = await renderer.renderPublicPage(path, this.fetch);
    if (!rendered) return null;
    const reportId = /^\/reports\/(.+)$/.exec(path)?.[1];
    const report = reportId ? reports.find((r) => r.slug === reportId) : undefined;
    const publishedReport = report
      ? await this.prisma.publishedReport.findUnique({
          where: { inspectionId: decodeGlobalID(report.id).id },
          select: { id: true },
        })
      : null;
    const data = { renderer: BOARD_RENDERER, ...rendered, publishedReportId: publishedReport?.id ?? null };
    await this.prisma.publicPage.upsert({ where: { path }, create: { path, ...data }, update: data });
    this.logger.info({ path, ms: Math.round(performance.now() - started) }, 'public page rendered');
    return { path, ...rendered };
  }
}
