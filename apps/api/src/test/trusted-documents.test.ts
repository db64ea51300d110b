// Trusted documents and cost limits by caller, through the real listener. Under SCRUTINY_TRUSTED_DOCUMENTS=require a
// signed-in session runs only the apps' documents (sent by hash); anonymous callers and token holders may send their
// own, anonymous ones within a lower cost limit that the apps' documents and token holders do not have.
import { readFileSync } from 'node:fs';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let inspector: string;
let token: string;

const { anonymous: ANONYMOUS_COST_LIMIT, standard: STANDARD_COST_LIMIT } = readConfig({}).costLimits;

/** The apps' manifests as the API reads them (hash → text). */
const manifest: Record<string, string> = Object.assign(
  {},
  ...readConfig({}).trustedDocumentManifests.map((path) => JSON.parse(readFileSync(path, 'utf8'))),
);
function trusted(operationName: string): { hash: string; text: string } {
  const found = Object.entries(manifest).find(([, text]) =>
    new RegExp(`^(query|mutation|subscription) ${operationName}\\b`).test(text),
  );
  if (!found) throw new Error(`no trusted document ${operationName}: run the apps' generate task`);
  return { hash: found[0], text: found[1] };
}

beforeAll(async () => {
  api = await startTestApi({
    seed: true,
    config: { trustedDocuments: 'require' },
  });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
  inspector = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  const admin = await api.signIn(DEMO_EMAILS.administrator);
  // The administrator creates a token through the app's own (trusted) document.
  const created = await post(
    { documentHash: trusted('CreateApiToken').hash },
    { cookie: admin },
    { input: { name: 'Cost tier test', scopes: ['READ_PUBLISHED'] } },
  );
  const payload = (created.body.data as { createApiToken: { __typename: string; data?: { token: string } } })
    .createApiToken;
  expect(payload.__typename).toBe('MutationCreateApiTokenSuccess');
  token = payload.data!.token;
}, 240_000);
afterAll(async () => {
  await running?.close();
});

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(
  document: { query: string } | { documentHash: string },
  headers: Record<string, string> = {},
  variables?: Record<string, unknown>,
) {
  const body =
    'query' in document
      ? { query: document.query, variables }
      : { variables, extensions: { persistedQuery: { version: 1, sha256Hash: document.documentHash } } };
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

const ARBITRARY = '{ viewer { name } areas { code } }';

describe('trusted documents under require', () => {
  it('refuses a signed-in session sending its own document, and changes nothing', async () => {
    const res = await post({ query: ARBITRARY }, { cookie: inspector });
    expect(res.status).toBe(403);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.body.errors?.[0]?.message).toMatch(/trusted documents/);
  });

  it('refuses a session sending even the text of a trusted document: sessions send the id', async () => {
    const res = await post({ query: trusted('Viewer').text }, { cookie: inspector });
    expect(res.status).toBe(403);
  });

  it('runs a trusted document a signed-in session sends by hash', async () => {
    const res = await post({ documentHash: trusted('Viewer').hash }, { cookie: inspector });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.viewer).toMatchObject({ name: 'John Hutchings' });
  });

  it('refuses an id that is not in the manifests', async () => {
    const res = await post({ documentHash: 'f'.repeat(64) }, { cookie: inspector });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('accepts anonymous callers’ and token holders’ own documents', async () => {
    const anonymous = await post({ query: ARBITRARY });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data).toMatchObject({ viewer: null });
    const holder = await post({ query: ARBITRARY }, { authorization: `Bearer ${token}` });
    expect(holder.status).toBe(200);
    expect(holder.body.errors).toBeUndefined();
  });

  it('treats a forged session cookie as anonymous', async () => {
    const res = await post({ query: ARBITRARY }, { cookie: 'scrutiny_session=forged' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ viewer: null });
  });
});

describe('cost limits by caller', () => {
  // Costly without being wide: each published inspection's scores by every subsample, with the comparison.
  const figures = /* GraphQL */ `
    criterionScores { code percentage met applicable interval { low high } }
    measureResults { key percentage met applicable interval { low high } }
    comparison { summary figures { key direction changePoints pValue adjustedPValue changeInterval { low high } } }
  `;
  // Every area's peers' inspections with their baselines: deep rather than wide, so costly.
  const COSTLY = `{ areas { code comparisonGroup { name areas { code inspections(first: 10) { edges { node {
    year ${figures} baseline { year ${figures} } } } } } } } }`;

  it('refuses an anonymous document over the anonymous limit, with its cost and the limit', async () => {
    const res = await post({ query: COSTLY });
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT');
    expect(res.body.errors?.[0]?.message).toMatch(
      new RegExp(`^This document costs \\d+, over the limit of ${ANONYMOUS_COST_LIMIT} for anonymous callers`),
    );
  });

  it('accepts the same document from an API token holder', async () => {
    expect(ANONYMOUS_COST_LIMIT).toBeLessThan(STANDARD_COST_LIMIT);
    const res = await post({ query: COSTLY }, { authorization: `Bearer ${token}` });
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data?.areas as unknown[]).length).toBeGreaterThan(0);
  });

  it('accepts an app’s trusted document over the anonymous limit from an anonymous caller', async () => {
    // The board's list of published inspections costs more than the anonymous limit allows a caller's own document.
    const published = trusted('PublishedInspections');
    const asText = await post({ query: published.text });
    expect(asText.body.errors).toBeUndefined();
    const byHash = await post({ documentHash: published.hash });
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data).toEqual(asText.body.data);
  });
});
