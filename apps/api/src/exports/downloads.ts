// GET /exports/<inspection id>/<exporter key>: the downloads of a published report. Each request counts against the
// caller's rate limit, as on /graphql. A file is rendered once (on its first request) by the exporter plugin that owns
// the key, from the report as the public may read it, stored in the database (download-store.ts) and served from
// there after that, by every process, with a strong ETag; If-None-Match is answered 304. Anything that is not a
// published report is a 404 that no cache keeps.
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '@scrutiny/db';
import type { ReportExporter } from '@scrutiny/plugin-sdk';
import type { Plugin } from 'graphql-yoga';
import { ifNoneMatchHolds, strongEntityTag } from '../http/entity-tag.ts';
import { plainRefusal, plainText } from '../http/plain-refusal.ts';
import type { LoadedPlugin } from '../plugins/load-plugins.ts';
import { reportWithPluginSections } from '../plugins/report-sections.ts';
import { DownloadStore, type StoredDownload } from './download-store.ts';
import { EXPORTS_PATH, exportFileName, publicReport } from './report-exports.ts';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Published figures are frozen; browsers and proxies revalidate after this, which costs a 304. */
const PUBLIC_CACHE = 'public, max-age=300';

export interface DownloadsOptions {
  plugins: readonly LoadedPlugin[];
  prisma: PrismaClient;
  /** Reads the report through the API's own GraphQL endpoint. */
  fetch: () => Fetch;
  /** Counts the request against its caller's rate limit; throws the refusal (429, or 401 for a bad token). */
  limit(request: Request, serverContext: unknown): Promise<void>;
  /** The licence the figures are published under, named in the downloads. */
  licence?: { name: string; url: string };
}

interface Exporter {
  exporter: ReportExporter;
  /** What renders its files: a new version of it, or of a plugin adding report sections, renders them anew. */
  renderer: string;
}

function exportersByKey(plugins: readonly LoadedPlugin[]): Map<string, Exporter> {
  const sections = plugins
    .filter((plugin) => (plugin.reportSections ?? []).length > 0)
    .map((plugin) => `${plugin.name}@${plugin.version}`);
  const byKey = new Map<string, Exporter>();
  for (const plugin of plugins)
    for (const exporter of plugin.exporters ?? [])
      byKey.set(exporter.key, {
        exporter,
        renderer: [`${plugin.name}@${plugin.version}`, ...sections.map((s) => `+${s}`)].join(' '),
      });
  return byKey;
}

/** The inspection's row id in its global id, or null when it is not an inspection's. */
function inspectionRowId(rawId: string): { globalId: string; rowId: string } | null {
  try {
    const globalId = decodeURIComponent(rawId);
    const { typename, id } = decodeGlobalID(globalId);
    return typename === 'Inspection' && id ? { globalId, rowId: id } : null;
  } catch {
    return null;
  }
}

export function useReportExports(options: DownloadsOptions): Plugin {
  const exporters = exportersByKey(options.plugins);
  const store = new DownloadStore(options.prisma);
  // Concurrent first requests in this process wait for one render; other processes may render too, but the store
  // keeps the first file saved and every process serves that one.
  const rendering = new Map<string, Promise<StoredDownload | null>>();

  const render = async (origin: string, globalId: string, { exporter }: Exporter): Promise<StoredDownload | null> => {
    let report;
    try {
      const built = await publicReport(options.fetch(), origin, globalId);
      report = built && {
        ...reportWithPluginSections(built, options.plugins),
        ...(options.licence ? { licence: options.licence } : {}),
      };
    } catch {
      report = null;
    }
    if (!report) return null;
    const body = await exporter.export(report);
    const content = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    return {
      content,
      etag: strongEntityTag(content),
      mediaType: typeof body === 'string' ? `${exporter.mediaType}; charset=utf-8` : exporter.mediaType,
      fileName: exportFileName(report.inspection.area.code, report.inspection.year, exporter),
    };
  };

  const once = (key: string, work: () => Promise<StoredDownload | null>) => {
    let pending = rendering.get(key);
    if (!pending) {
      pending = work().finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    return pending;
  };

  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (!url.pathname.startsWith(EXPORTS_PATH)) return;
      try {
        await options.limit(request, serverContext);
      } catch (error) {
        const refusal = plainRefusal(error);
        if (!refusal) throw error;
        endResponse(refusal);
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(plainText(405, 'Downloads are read with GET.', { allow: 'GET, HEAD' }));
        return;
      }
      const parts = url.pathname.slice(EXPORTS_PATH.length).split('/');
      const [rawId, key] = parts;
      const exporter = key ? exporters.get(key) : undefined;
      if (parts.length !== 2 || !rawId || !exporter) {
        endResponse(plainText(404, 'No such download. The report page lists the downloads of a published report.'));
        return;
      }
      const notFound = () => plainText(404, 'No such published report.');
      const inspection = inspectionRowId(rawId);
      if (!inspection) return endResponse(notFound());
      const found = await store.lookup(inspection.rowId, exporter.exporter.key, exporter.renderer);
      if (!found.published) return endResponse(notFound());

      const send = (file: Omit<StoredDownload, 'content'> & { content: Uint8Array | null }) => {
        const headers = {
          etag: file.etag,
          'cache-control': PUBLIC_CACHE,
          'x-content-type-options': 'nosniff',
        };
        if (ifNoneMatchHolds(request.headers.get('if-none-match'), file.etag))
          return endResponse(new Response(null, { status: 304, headers }));
        endResponse(
          new Response(request.method === 'HEAD' ? null : (file.content as BodyInit | null), {
            status: 200,
            headers: {
              ...headers,
              'content-type': file.mediaType,
              'content-disposition': `attachment; filename="${file.fileName}"`,
            },
          }),
        );
      };

      const { publishedReportId, stored } = found;
      const storeKey = publishedReportId && {
        publishedReportId,
        exporterKey: exporter.exporter.key,
        renderer: exporter.renderer,
      };
      if (storeKey && stored) {
        // A 304 or a HEAD needs no bytes: the head came with the lookup.
        const noBody = ifNoneMatchHolds(request.headers.get('if-none-match'), stored.etag) || request.method === 'HEAD';
        const content = noBody ? null : await store.content(storeKey);
        if (noBody || content) return send({ ...stored, content });
      }
      let file: StoredDownload | null;
      try {
        file = await once(`${inspection.rowId}/${exporter.exporter.key}`, async () => {
          const rendered = await render(url.origin, inspection.globalId, exporter);
          // A published inspection always has its frozen report; one made otherwise is rendered but not kept.
          return rendered && storeKey ? store.save(storeKey, rendered) : rendered;
        });
      } catch {
        endResponse(plainText(500, `The ${exporter.exporter.label} download could not be written.`));
        return;
      }
      if (!file) return endResponse(notFound());
      send(file);
    },
  };
}
