// Downloads of a published report (served by downloads.ts at /exports/<inspection id>/<exporter key>): their names
// and addresses, and the report they are made from. The report is read through the API's own GraphQL endpoint as an
// anonymous reader (so the public access rules and statistical disclosure control apply exactly as for any third
// party), with the board's own report document (@scrutiny/graphql-client), and built once into the domain's report
// model, which the exporter plugin that owns the key lays out.
import { buildReport, type PublishedReportModel } from '@scrutiny/domain';
import {
  ReportQuery,
  ReportSubsampleQuery,
  ReportSubsamplesQuery,
  trustedDocumentText,
  type ResultOf,
  type TadaDocumentNode,
} from '@scrutiny/graphql-client';
import type { ReportExporter } from '@scrutiny/plugin-sdk';
import type { LoadedPlugin } from '../plugins/load-plugins.ts';

export const EXPORTS_PATH = '/exports/';

/** The exports show at most this many subsamples besides the whole sample. */
export const MAX_SUBSAMPLES = 6;

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

async function anonymousQuery<Result, Variables>(
  fetch: Fetch,
  origin: string,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result | null> {
  // No cookie and no token: the API answers as it answers any member of the public.
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: trustedDocumentText(document), variables }),
  });
  const answer = (await response.json()) as GraphQLAnswer<Result>;
  if (answer.errors?.length) throw new Error(`report query failed: ${answer.errors.map((e) => e.message).join('; ')}`);
  return answer.data ?? null;
}

type Figures = NonNullable<ResultOf<typeof ReportSubsampleQuery>['inspection']>;

/** The published report as the public may read it, or null when there is no such published inspection. */
export async function publicReport(
  fetch: Fetch,
  origin: string,
  inspectionId: string,
): Promise<PublishedReportModel | null> {
  const first = await anonymousQuery(fetch, origin, ReportSubsamplesQuery, { id: inspectionId });
  if (!first?.inspection?.published) return null;
  const [subsample, ...further] = first.inspection.subsamples
    .map((s) => s.key)
    .filter((key) => key !== 'ALL')
    .slice(0, MAX_SUBSAMPLES);
  // The whole sample's figures come with the report; asking for them again as its subsample would repeat them.
  // Plugins' sections are added to the built report by downloads.ts, not asked for (they are made from this report).
  const report = await anonymousQuery(fetch, origin, ReportQuery, {
    id: inspectionId,
    subsample: subsample ?? 'ALL',
    pluginSections: false,
  });
  const inspection = report?.inspection;
  if (!inspection?.published) return null;
  const figures: Figures[] = subsample
    ? [{ id: inspection.id, criterionScores: inspection.subsampleScores, measureResults: inspection.subsampleMeasures }]
    : [];
  for (const key of further) {
    const answer = await anonymousQuery(fetch, origin, ReportSubsampleQuery, { id: inspectionId, subsample: key });
    if (answer?.inspection) figures.push(answer.inspection);
  }
  return buildReport({
    ...inspection,
    criterionScores: [...inspection.criterionScores, ...figures.flatMap((f) => f.criterionScores)],
    measureResults: [...inspection.measureResults, ...figures.flatMap((f) => f.measureResults)],
  });
}
