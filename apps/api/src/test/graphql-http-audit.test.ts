// The GraphQL over HTTP specification's server audits (the graphql-http package), run against a real listener, as
// a third-party client would meet the API: every MUST passes; SHOULD and MAY results are printed for the record.
// The suite runs as a signed-in client, because one MUST audit asks `__type(name:)`, and introspection is refused to
// anonymous callers on purpose (the schema is published as schema.graphql instead).
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi } from '../testing/harness.ts';

let running: { url: string; close(): Promise<void> };
let results: AuditResult[] = [];

beforeAll(async () => {
  const api = await startTestApi({ seed: true });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
  const cookie = await api.signIn('kevin.ball@hmiprobation.example');
  const signedInFetch: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('cookie', cookie);
    return fetch(input, { ...init, headers });
  };
  const audits = serverAudits({ url: `${running.url}/graphql`, fetchFn: signedInFetch });
  results = await Promise.all(audits.map((audit) => audit.fn()));
  const count = (prefix: string, status: AuditResult['status']) =>
    results.filter((r) => r.name.startsWith(prefix) && r.status === status).length;
  for (const level of ['MUST', 'SHOULD', 'MAY'])
    console.log(
      `graphql-http audit ${level}: ${count(level, 'ok')} ok, ${count(level, 'warn')} warn, ${count(level, 'error')} error`,
    );
}, 240_000);

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
