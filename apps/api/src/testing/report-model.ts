// The published report model exactly as a client builds it: the report's figures and words fetched through the
// public GraphQL API (anonymous, so statistical disclosure control applies) and arranged by the domain's
// buildReport. The West Midlands 2005 model the exporter plugins are tested on is written from this (see
// cli/write-report-model.ts), and a test keeps the committed copy true.
import { buildReport, type PublishedReportModel, type ReportSource } from '@scrutiny/domain';
import type { GraphQLResponse } from './harness.ts';

const SCORE =
  'code title percentage met applicable adjusted smallDenominator suppressed subsample interval { low high }';
const MEASURE =
  'key criterion text subsample percentage met applicable smallDenominator suppressed interval { low high }';

export const REPORT_SOURCE_QUERY = `query ReportSource($id: ID!) { inspection(id: $id) {
  id title year kind published publishedAt methodNote evidence
  area { code name } baseline { title year }
  framework { title version sections { code title } criteria { code section title description } }
  subsamples { key label }
  criterionScores { ${SCORE} }
  measureResults { ${MEASURE} }
  highRisk: measureResults(subsample: "HIGH_RISK_OF_HARM") { ${MEASURE} }
  comparison { summary improved deteriorated unchanged compared alpha correction
    figures { key kind subsample baselinePercentage baselineMet baselineApplicable baselineAdjusted changePoints
      direction pValue adjustedPValue significant changeInterval { low high } baselineInterval { low high } } }
  reportTexts { section signedBy text }
  findings { id criterionCode kind text }
  goodPractices { id criterionCode title text }
  followedUpRecommendations { id judgement comment recommendation { number text } } } }`;

type Fetched = ReportSource & { highRisk: ReportSource['measureResults'] };

export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<unknown>>;

/** The model of an inspection's report as an anonymous reader's client builds it. */
export async function fetchReportModel(gql: Gql, inspectionId: string): Promise<PublishedReportModel> {
  const response = (await gql(REPORT_SOURCE_QUERY, { id: inspectionId })) as GraphQLResponse<{
    inspection: Fetched | null;
  }>;
  if (response.errors || !response.data?.inspection)
    throw new Error(`The report could not be read: ${JSON.stringify(response.errors ?? 'not found')}`);
  const { highRisk, ...source } = response.data.inspection;
  return buildReport({ ...source, measureResults: [...source.measureResults, ...highRisk] });
}

/** Ids and publication times differ from one database to the next; the fixture keeps fixed ones. */
export function withStableIdentity(model: PublishedReportModel): PublishedReportModel {
  const stable = JSON.parse(JSON.stringify(model)) as PublishedReportModel;
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
