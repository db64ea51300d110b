// Issue 15, item 8: the apps' assets go over the wire compressed. Each build writes every text asset also as .br and
// .gz beside it; the API sends the copy the browser accepts, as it is, with Content-Encoding and Vary:
// Accept-Encoding, and hashed assets are cached for good.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let running: { url: string; close(): Promise<void> };
let appDir: string;

const script = `export const words = ${JSON.stringify('every answer kept '.repeat(400))};\n`;
const html =
  '<!doctype html><title>Inspector</title><script type="module" src="/inspector/assets/app-1a2b3c.js"></script>';

beforeAll(async () => {
  appDir = await mkdtemp(join(tmpdir(), 'scrutiny-compressed-'));
  await mkdir(join(appDir, 'assets'));
  // What the build writes: each file, and its brotli and gzip copies.
  for (const [name, text] of [
    ['index.html', html],
    ['assets/app-1a2b3c.js', script],
  ] as const) {
    await writeFile(join(appDir, name), text);
    await writeFile(join(appDir, `${name}.br`), brotliCompressSync(text));
    await writeFile(join(appDir, `${name}.gz`), gzipSync(text));
  }
  api = await startTestApi();
  const config = {
    ...readConfig({ PORT: '0' }),
    secureCookies: false,
    apps: [{ prefix: '/inspector/', dir: appDir }],
  };
  running = await listen(api.app, config);
}, 240_000);

afterAll(async () => {
  await running?.close();
  await rm(appDir, { recursive: true, force: true });
});

/** A raw HTTP GET: fetch would decode the body and hide what went over the wire. */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        new URL(path, running.url),
        { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('issue 15 item 8: the apps are sent pre-compressed', () => {
  it('sends brotli to a browser that accepts it, with Vary: Accept-Encoding and immutable caching', async () => {
    const res = await get('/inspector/assets/app-1a2b3c.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(script);
  });

  it('sends gzip where brotli is not accepted', async () => {
    const res = await get('/inspector/assets/app-1a2b3c.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(res.body).toString('utf8')).toBe(script);
  });

  it('honours q=0 and sends the file as it is when nothing it has is accepted', async () => {
    const refused = await get('/inspector/assets/app-1a2b3c.js', 'br;q=0, gzip');
    expect(refused.headers['content-encoding']).toBe('gzip');
    const plain = await get('/inspector/assets/app-1a2b3c.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.toString('utf8')).toBe(script);
    const none = await get('/inspector/assets/app-1a2b3c.js');
    expect(none.headers['content-encoding']).toBeUndefined();
  });

  it('compresses the page itself, and every client-side route that falls back to it, without caching it for good', async () => {
    for (const path of ['/inspector/', '/inspector/case-files/abc']) {
      const res = await get(path, 'br, gzip');
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(res.headers.vary, path).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(brotliDecompressSync(res.body).toString('utf8'), path).toBe(html);
    }
  });
});
