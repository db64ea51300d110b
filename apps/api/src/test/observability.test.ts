// What an operator watches: liveness, readiness, Prometheus metrics and one JSON log line per request.
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

beforeAll(async () => {
  const config = { ...readConfig({ PORT: '0', SCRUTINY_LOG_LEVEL: 'info' }), secureCookies: false };
  const app = await createApp(config, { db: await createTestDb(), logDestination });
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

  it('writes one structured JSON line per request, with method, path, status and duration', async () => {
    await fetch(`${running.url}/healthz`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const request = lines.find((line) => line.msg === 'request' && line.path === '/healthz');
    expect(request).toMatchObject({ level: 30, service: 'scrutiny-api', method: 'GET', status: 200 });
    expect(typeof request?.ms).toBe('number');
  });
});
