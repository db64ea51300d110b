// Compiled execution (issue 18): the apps' trusted documents run by signed-in people go through graphql-jit. Their
// answers must be exactly those graphql-js gives the same document: the same text with one more space at the end is
// not a trusted document, so it runs on graphql-js, and the two answers are compared.
import { readFileSync } from 'node:fs';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../server.ts';
import { openEventStream } from '../testing/event-stream.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
const manifest = (app: string) =>
  Object.values(
    JSON.parse(
      readFileSync(new URL(`../../../${app}/src/generated/trusted-documents.json`, import.meta.url), 'utf8'),
    ) as Record<string, string>,
  );
const named = (texts: string[], name: string) => texts.find((t) => t.startsWith(`query ${name}(`))!;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
}, 120_000);
afterAll(() => api?.close());

async function both(document: string, variables: Record<string, unknown>, as: string) {
  const compiled = await api.gql(document, variables, as);
  const interpreted = await api.gql(`${document} `, variables, as);
  expect(compiled.errors).toBeUndefined();
  expect(interpreted.errors).toBeUndefined();
  return { compiled: compiled.data, interpreted: interpreted.data };
}

describe('compiled execution of trusted documents', () => {
  it('reads a case file with its answers exactly as graphql-js does', async () => {
    const assessor = await api.signIn(DEMO_EMAILS.westMidlandsAssessorA);
    const file = await api.app.db.prisma.caseFile.findFirstOrThrow({
      where: { assessor: { email: DEMO_EMAILS.westMidlandsAssessorA } },
    });
    const { compiled, interpreted } = await both(
      named(manifest('inspector'), 'CaseFile'),
      { id: encodeGlobalID('CaseFile', file.id) },
      assessor,
    );
    expect(compiled).toEqual(interpreted);
    expect(JSON.stringify(compiled)).toContain(file.reference);
  });

  it('gives a board member the published report exactly as graphql-js does (unions, interfaces, nested lists)', async () => {
    const board = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
    const report = await api.app.db.prisma.inspection.findFirstOrThrow({
      where: { area: { code: 'WMPA' }, year: 2005 },
    });
    const { compiled, interpreted } = await both(
      named(manifest('board'), 'Report'),
      // The variables the board's report page sends (apps/board/src/pages/report/inspection.ts).
      { id: encodeGlobalID('Inspection', report.id), subsample: 'HIGH_RISK_OF_HARM', pluginSections: true },
      board,
    );
    expect(compiled).toEqual(interpreted);
  });

  it('leaves the apps’ subscriptions to graphql-js: the live scores subscription opens and follows a save', async () => {
    const server = await listen(api.app, { ...api.app.services.config, port: 0, apps: [] });
    try {
      const inspector = await api.signIn(DEMO_EMAILS.inspector);
      const subscription = manifest('inspector').find((t) => t.startsWith('subscription InspectionProgressLive('))!;
      const inspection = await api.app.db.prisma.inspection.findFirstOrThrow({
        where: { area: { code: 'WMPA' }, year: 2006 },
      });
      const stream = await openEventStream<{ inspectionProgress: { id: string } }>(
        `${server.url}/graphql`,
        subscription,
        { id: encodeGlobalID('Inspection', inspection.id) },
        inspector,
      );
      try {
        await stream.opened;
        api.app.services.live.pubSub.publish('inspectionChanged', inspection.id, { inspectionId: inspection.id });
        const event = await stream.next(10_000);
        expect(event.errors).toBeUndefined();
        expect(event.data?.inspectionProgress.id).toBe(encodeGlobalID('Inspection', inspection.id));
      } finally {
        stream.close();
      }
    } finally {
      await server.close();
    }
  });
});
