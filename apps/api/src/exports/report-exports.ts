// Downloads of a published report: GET /exports/<inspection id>/<exporter key>, public, for published inspections
// only. The report is read through the API's own GraphQL endpoint as an anonymous reader (so the public access rules
// and statistical disclosure control apply exactly as for any third party), built once into the domain's report
// model, and handed to the exporter plugin that owns the key.
import { buildReport, type PublishedReportModel, type ReportSource } from '@scrutiny/domain';
import type { ReportExporter } from '@scrutiny/plugin-sdk';
import type { Plugin } from 'graphql-yoga';
import { reportWithPluginSections } from '../plugins/report-sections.ts';
import type { LoadedPlugin } from '../plugins/load-plugins.ts';
import { MAX_SUBSAMPLES, reportDocument, SUBSAMPLES_DOCUMENT } from './report-document.ts';

export const EXPORTS_PATH = '/exports/';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export function exportersOf(plugins: readonly LoadedPlugin[]): ReportExporter[] {
  return plugins.flatMap((plugin) => plugin.exporters ?? []);
}

/** `WMPA-2005-figures-csv.csv`, the name the SDK promises exporters. */
export function exportFileName(areaCode: string, year: number, exporter: ReportExporter): string {
  const safeArea = areaCode.replace(/[^A-Za-z0-9-]/g, '-');
  return `${safeArea}-${year}-${exporter.key}.${exporter.fileExtension}`;
}

export function exportUrl(inspectionGlobalId: string, exporter: ReportExporter): string {
  return `${EXPORTS_PATH}${encodeURIComponent(inspectionGlobalId)}/${exporter.key}`;
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string }[];
}

async function anonymousQuery<T>(
  fetch: Fetch,
  origin: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T | null> {
  // No cookie and no token: the API answers as it answers any member of the public.
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (answer.errors?.length) throw new Error(`report query failed: ${answer.errors.map((e) => e.message).join('; ')}`);
  return answer.data ?? null;
}

type ExportSource = ReportSource & Record<string, unknown>;

/** The published report as the public may read it, or null when there is no such published inspection. */
export async function publicReport(
  fetch: Fetch,
  origin: string,
  inspectionId: string,
): Promise<PublishedReportModel | null> {
  const first = await anonymousQuery<{ inspection: { published: boolean; subsamples: { key: string }[] } | null }>(
    fetch,
    origin,
    SUBSAMPLES_DOCUMENT,
    { id: inspectionId },
  );
  if (!first?.inspection?.published) return null;
  const subsamples = first.inspection.subsamples
    .map((s) => s.key)
    .filter((key) => key !== 'ALL')
    .slice(0, MAX_SUBSAMPLES);
  const variables = Object.fromEntries(subsamples.map((key, i) => [`s${i}`, key]));
  const second = await anonymousQuery<{ inspection: ExportSource | null }>(
    fetch,
    origin,
    reportDocument(subsamples.length),
    { id: inspectionId, ...variables },
  );
  const inspection = second?.inspection;
  if (!inspection?.published) return null;
  const extra = <T>(prefix: string): T[] =>
    subsamples.flatMap((_, i) => (inspection[`${prefix}${i}`] as T[] | undefined) ?? []);
  return buildReport({
    ...inspection,
    criterionScores: [...inspection.criterionScores, ...extra<ReportSource['criterionScores'][number]>('scores')],
    measureResults: [...inspection.measureResults, ...extra<ReportSource['measureResults'][number]>('measures')],
  });
}

function plain(status: number, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

/** Answers `/exports/<id>/<key>`; everything else passes through to GraphQL. */
export function useReportExports(
  plugins: readonly LoadedPlugin[],
  fetch: () => Fetch,
  licence?: { name: string; url: string },
): Plugin {
  const exporters = new Map(exportersOf(plugins).map((e) => [e.key, e] as const));
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(EXPORTS_PATH)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const refused = plain(405, 'Downloads are read with GET.');
        refused.headers.set('allow', 'GET, HEAD');
        endResponse(refused);
        return;
      }
      const parts = url.pathname.slice(EXPORTS_PATH.length).split('/');
      const [rawId, key] = parts;
      const exporter = key ? exporters.get(key) : undefined;
      if (parts.length !== 2 || !rawId || !exporter) {
        endResponse(plain(404, 'No such download. The report page lists the downloads of a published report.'));
        return;
      }
      let inspectionId: string;
      try {
        inspectionId = decodeURIComponent(rawId);
      } catch {
        endResponse(plain(404, 'No such published report.'));
        return;
      }
      let report: PublishedReportModel | null;
      try {
        const built = await publicReport(fetch(), url.origin, inspectionId);
        report = built && { ...reportWithPluginSections(built, plugins), ...(licence ? { licence } : {}) };
      } catch {
        report = null;
      }
      if (!report) {
        endResponse(plain(404, 'No such published report.'));
        return;
      }
      let body: Uint8Array | string;
      try {
        body = await exporter.export(report);
      } catch {
        endResponse(plain(500, `The ${exporter.label} download could not be written.`));
        return;
      }
      const fileName = exportFileName(report.inspection.area.code, report.inspection.year, exporter);
      const mediaType = typeof body === 'string' ? `${exporter.mediaType}; charset=utf-8` : exporter.mediaType;
      endResponse(
        new Response(request.method === 'HEAD' ? null : (body as BodyInit), {
          status: 200,
          headers: {
            'content-type': mediaType,
            'content-disposition': `attachment; filename="${fileName}"`,
            // Published figures are frozen; a short cache still lets a corrected exporter take over soon.
            'cache-control': 'public, max-age=300',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}
