// What a browser is told about the apps and the API: a strict Content-Security-Policy on the apps (own origin, no
// inline script), never framed, no referrer sent elsewhere, no content sniffing; GraphiQL's page its own policy.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let appDir: string;

beforeAll(async () => {
  appDir = await mkdtemp(join(tmpdir(), 'scrutiny-app-'));
  await mkdir(join(appDir, 'assets'));
  await writeFile(
    join(appDir, 'index.html'),
    '<!doctype html><title>App</title><script type="module" src="/assets/app.js"></script>',
  );
  await writeFile(join(appDir, 'assets', 'app.js'), 'console.log("app")');
  api = await startTestApi();
  const config = { ...readConfig({ PORT: '0' }), secureCookies: false, apps: [{ prefix: '/', dir: appDir }] };
  running = await listen(api.app, config);
}, 240_000);

afterAll(async () => {
  await running?.close();
  await rm(appDir, { recursive: true, force: true });
});

function directives(header: string | null): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(' ')] as [string, string];
      }),
  );
}

function expectNeverFramedNorSniffed(response: Response) {
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('referrer-policy')).toBe('same-origin');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('issue 14 finding 6: Content-Security-Policy and anti-framing headers', () => {
  it.each(['/', '/sign-in', '/assets/app.js'])('the apps at %s: a strict policy', async (path) => {
    const response = await fetch(`${running.url}${path}`);
    expect(response.status).toBe(200);
    expectNeverFramedNorSniffed(response);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('img-src')).toBe("'self' data:");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'self'");
  });

  it('the API: never framed, no referrer elsewhere, no sniffing', async () => {
    const answer = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expectNeverFramedNorSniffed(answer);
    expectNeverFramedNorSniffed(await fetch(`${running.url}/healthz`));
  });

  it("GraphiQL's page: its own policy (no CDN, no inline script), never framed", async () => {
    const page = await fetch(`${running.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expectNeverFramedNorSniffed(page);
    const csp = directives(page.headers.get('content-security-policy'));
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(page.headers.get('content-security-policy')).not.toMatch(/unpkg|https:/);
  });
});
