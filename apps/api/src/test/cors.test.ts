// Which web pages may call the API from a browser with the user's cookie: only the configured app origins (and the
// server's own). Any other origin gets no CORS headers, so the browser keeps the answer from its script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

const APP_ORIGIN = 'https://apps.scrutiny.example';
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ config: { allowedOrigins: [APP_ORIGIN] } });
}, 240_000);

afterAll(async () => {
  await api?.close();
});

const corsHeaders = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));

const post = (origin: string, url = 'http://scrutiny.test/graphql') =>
  api.app.yoga.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

const preflight = (origin: string) =>
  api.app.yoga.fetch('http://scrutiny.test/graphql', {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });

describe('issue 14 finding 5: CORS allows only the configured app origins', () => {
  it('answers another origin, and its preflight, with no CORS headers at all', async () => {
    const answer = await post('http://evil.example');
    expect(answer.status).toBe(200);
    expect(corsHeaders(answer)).toEqual({});
    const asked = await preflight('http://evil.example');
    expect(corsHeaders(asked)).toEqual({});
  });

  it('allows a configured origin, with credentials, and says so in its preflight', async () => {
    const answer = await post(APP_ORIGIN);
    expect(answer.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('vary')).toMatch(/origin/i);
    const asked = await preflight(APP_ORIGIN);
    expect(asked.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(asked.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(asked.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });

  it("allows the server's own origin without configuration, and nothing else", async () => {
    const plain = await startTestApi();
    try {
      const own = await plain.app.yoga.fetch('http://scrutiny.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://scrutiny.test' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(own.headers.get('access-control-allow-origin')).toBe('http://scrutiny.test');
      const other = await plain.app.yoga.fetch('http://scrutiny.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: APP_ORIGIN },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(corsHeaders(other)).toEqual({});
    } finally {
      await plain.close();
    }
  }, 240_000);
});
