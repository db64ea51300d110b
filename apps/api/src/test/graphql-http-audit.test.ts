// The GraphQL over HTTP specification's server audits (the graphql-http package), run against a real listener, as
// a third-party client would meet the API: every MUST passes; SHOULD and MAY results are printed for the record.
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi } from '../testing/harness.ts';

let running: { url: string; close(): Promise<void> };
let results: AuditResult[] = [];

beforeAll(async () => {
  const api = await startTestApi();
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
  const audits = serverAudits({ url: `${running.url}/graphql`, fetchFn: fetch });
  results = await Promise.all(audits.map((audit) => audit.fn()));
  const count = (prefix: string, status: AuditResult['status']) =>
    results.filter((r) => r.name.startsWith(prefix) && r.status === status).length;
  for (const level of ['MUST', 'SHOULD', 'MAY'])
    console.log(
      `graphql-http audit ${level}: ${count(level, 'ok')} ok, ${count(level, 'warn')} warn, ${count(level, 'error')} error`,
    );
});

afterAll(async () => {
  await running?.close();
});

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  it('runs the whole audit suite', () => {
    expect(results.length).toBeGreaterThan(30);
  });

  it('passes every MUST', () => {
    const failedMusts = results
      .filter((r) => r.name.startsWith('MUST') && r.status !== 'ok')
      .map((r) => `${r.name}: ${r.status === 'ok' ? '' : r.reason}`);
    expect(failedMusts).toEqual([]);
  });
});
