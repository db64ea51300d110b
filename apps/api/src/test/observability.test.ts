// What an operator watches: liveness, readiness, Prometheus metrics (for the operator only) and one JSON log line per
// request.
import { Writable } from 'node:stream';
import { createTestDb } from '@scrutiny/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';

const lines: Record<string, unknown>[] = [];
const logDestination = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
      lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let running: { url: string; close(): Promise<void> };
let app: Awaited<ReturnType<typeof createApp>>;

beforeAll(async () => {
  const config = { ...readConfig({ PORT: '0', SCRUTINY_LOG_LEVEL: 'info' }), secureCookies: false };
  app = await createApp(config, { db: await createTestDb(), logDestination });
  running = await listen(app, config);
}, 240_000);

afterAll(async () => {
  await running?.close();
});

describe('operations endpoints', () => {
  it('answers liveness at /healthz and readiness at /readyz', async () => {
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
  });

  it('counts GraphQL operations and their errors in Prometheus format at /metrics', async () => {
    const post = (query: string) =>
      fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    await post('query Areas { areas { name } }');
    await post('query Broken { areas { noSuchField } }');
    const response = await fetch(`${running.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/graphql_envelop_request_duration_count\{[^}]*operationName="Areas"[^}]*\} 1/);
    expect(text).toMatch(/graphql_envelop_error_result\{[^}]*phase="validate"[^}]*\} 1/);
    expect(text).toMatch(/scrutiny_process_cpu_user_seconds_total/);
  });

  it('anonymous /metrics: refused from an address not allowed, unless the metrics token is sent', async () => {
    const config = {
      ...readConfig({
        PORT: '0',
        SCRUTINY_LOG_LEVEL: 'silent',
        SCRUTINY_METRICS_ALLOW: '192.0.2.0/24',
        SCRUTINY_METRICS_TOKEN: 'scrape-me',
      }),
      secureCookies: false,
    };
    const guarded = await listen(await createApp(config, { db: await createTestDb() }), config);
    try {
      const anonymous = await fetch(`${guarded.url}/metrics`);
      expect(anonymous.status).toBe(403);
      expect(await anonymous.text()).not.toMatch(/graphql_envelop/);
      // X-Forwarded-For is believed only from a trusted proxy: writing it opens nothing.
      expect((await fetch(`${guarded.url}/metrics`, { headers: { 'x-forwarded-for': '192.0.2.7' } })).status).toBe(403);
      const wrong = await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer guess' } });
      expect(wrong.status).toBe(401);
      const scraper = await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer scrape-me' } });
      expect(scraper.status).toBe(200);
      expect(await scraper.text()).toMatch(/scrutiny_process_cpu_user_seconds_total/);
    } finally {
      await guarded.close();
    }
  });

  it('anonymous /metrics: by default only loopback may read them, never a caller without an address', async () => {
    const inProcess = await app.yoga.fetch('http://scrutiny.test/metrics');
    expect(inProcess.status).toBe(403);
  });

  it('writes one structured JSON line per request, with method, path, status and duration', async () => {
    await fetch(`${running.url}/healthz`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const request = lines.find((line) => line.msg === 'request' && line.path === '/healthz');
    expect(request).toMatchObject({ level: 30, service: 'scrutiny-api', method: 'GET', status: 200 });
    expect(typeof request?.ms).toBe('number');
  });
});
