// The published report model exactly as the host builds it for its downloads (/exports): read through the public
// GraphQL API as an anonymous reader (so statistical disclosure control applies) and arranged by the domain's
// buildReport. The West Midlands 2005 model the exporter plugins are tested on is written from this (see
// cli/write-report-model.ts), and a test keeps the committed copy true.
import type { PublishedReportModel } from '@scrutiny/domain';
import type { ScrutinyApp } from '../app.ts';
import { publicReport } from '../exports/report-exports.ts';
import type { GraphQLResponse } from './harness.ts';

const ORIGIN = 'http://scrutiny.test';

export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<unknown>>;

/** The model of an inspection's published report, as the host hands it to every exporter. */
export async function fetchReportModel(app: ScrutinyApp, inspectionId: string): Promise<PublishedReportModel> {
  const fetch = (input: string, init: RequestInit) => Promise.resolve(app.yoga.fetch(input, init));
  const model = await publicReport(fetch, ORIGIN, inspectionId);
  if (!model) throw new Error('The report is not published, or was not found.');
  return model;
}

/** Ids and publication times differ from one database to the next; the fixture keeps fixed ones. */
export function withStableIdentity(model: PublishedReportModel): PublishedReportModel {
  // The inspection's id is new with every seed, and each figure's stable identifier begins with it.
  const id = model.inspection.id;
  const stable = JSON.parse(
    JSON.stringify(model).replaceAll(`"${id}|`, '"west-midlands-2005|'),
  ) as PublishedReportModel;
  stable.inspection.id = 'west-midlands-2005';
  stable.inspection.publishedAt = '2005-07-15T00:00:00.000Z';
  const stripIds = (items: { id: string }[], prefix: string) =>
    items.forEach((item, i) => (item.id = `${prefix}-${i + 1}`));
  for (const section of stable.sections)
    for (const criterion of section.criteria) {
      stripIds(criterion.findings, `${criterion.code}-finding`);
      stripIds(criterion.goodPractice, `${criterion.code}-good-practice`);
    }
  return stable;
}

/** The published West Midlands 2005 follow-up's id, as anyone can find it. */
export async function westMidlands2005Id(gql: Gql): Promise<string> {
  const response = (await gql(
    '{ inspections(areaCode: "WMPA", year: 2005, publishedOnly: true, first: 1) { edges { node { id } } } }',
  )) as GraphQLResponse<{ inspections: { edges: { node: { id: string } }[] } }>;
  const id = response.data?.inspections.edges[0]?.node.id;
  if (!id) throw new Error('The published West Midlands 2005 report was not found.');
  return id;
}
