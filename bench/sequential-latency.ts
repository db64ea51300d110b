// One request at a time on one kept-alive connection, each timed by the microsecond clock. autocannon counts whole
// milliseconds, which cannot tell 0.3 ms from 0.9 ms: too coarse to hold a sub-millisecond SQL floor against.
import { Agent, request } from 'node:http';
import type autocannon from 'autocannon';

export interface LatencySample {
  /** Milliseconds, to the microsecond. */
  p50: number;
  p90: number;
  count: number;
}

type Setup = (request: object, context: object) => { body?: string };
type OnResponse = (status: number, body: string, context: object) => void;

/** Sends the same requests autocannon would (a save builds each body and reads each reply) for `seconds`. */
export async function sequentialLatency(options: autocannon.Options, seconds: number): Promise<LatencySample> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const step = options.requests?.[0] as { setupRequest?: Setup; onResponse?: OnResponse } | undefined;
  const url = new URL(String(options.url));
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  try {
    while (performance.now() < until || times.length < 100) {
      const context = {};
      const body = step?.setupRequest ? step.setupRequest({}, context).body : (options.body as string | undefined);
      const started = performance.now();
      const { status, text } = await post(url, (options.headers ?? {}) as Record<string, string>, body ?? '', agent);
      times.push(performance.now() - started);
      step?.onResponse?.(status, text, context);
    }
  } finally {
    agent.destroy();
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p90: at(0.9), count: times.length };
}

function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  agent: Agent,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
