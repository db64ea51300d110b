// Redis carries live updates between API processes. While it is down, answers must still save (live updates are a
// convenience, saved work is not); once it is back, subscribers hear changes again without reconnecting.
// Runs a Redis server of its own, on a port of its own, so stopping it touches nothing else.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../server.ts';
import { openEventStream, type EventStream } from '../testing/event-stream.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';
import {
  answeredCount,
  openInspectionWithAssignedFile,
  PROGRESS,
  saveOverCurrent,
  type OpenInspection,
  type ProgressEvent,
} from '../testing/live-fixture.ts';

let port: number;
let redis: ChildProcess | null = null;
let api: TestApi;
let server: { url: string; close(): Promise<void> };
let open: OpenInspection;
let stream: EventStream<ProgressEvent>;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: chosen } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return chosen;
}

async function startRedis(): Promise<void> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  redis = child;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
}

async function stopRedis(): Promise<void> {
  const child = redis;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  redis = null;
}

/** The newest event the stream holds within `ms`, or null when none came. */
async function latestEvent(ms: number): Promise<ProgressEvent | null> {
  let latest: ProgressEvent | null = null;
  for (;;) {
    try {
      latest = (await stream.next(latest ? 200 : ms)).data ?? latest;
    } catch {
      return latest;
    }
  }
}

beforeAll(async () => {
  port = await freePort();
  await startRedis();
  api = await startTestApi({ seed: true, config: { redisUrl: `redis://127.0.0.1:${port}` } });
  server = await listen(api.app, { ...api.app.services.config, port: 0, apps: [] });
  open = await openInspectionWithAssignedFile(api);
  stream = await openEventStream<ProgressEvent>(
    `${server.url}/graphql`,
    PROGRESS,
    { id: open.inspectionId },
    open.chief,
  );
  await stream.opened;
}, 180_000);

afterAll(async () => {
  stream?.close();
  await server?.close();
  await stopRedis();
});

describe('live updates through Redis, when Redis goes away and comes back', () => {
  it('carries a save to the subscriber while Redis is up', async () => {
    expect(await saveOverCurrent(api, open, 'B1.initial-assessment-done', 'YES')).toBe('MutationSaveAnswerSuccess');
    const event = await latestEvent(10_000);
    expect(event?.inspectionProgress.progress?.answered).toBe(await answeredCount(api, open));
  });

  it('still saves answers, promptly, while Redis is down', async () => {
    await stopRedis();
    const started = Date.now();
    expect(await saveOverCurrent(api, open, 'B1.initial-assessment-quality', 'NO')).toBe('MutationSaveAnswerSuccess');
    expect(Date.now() - started).toBeLessThan(5_000);
    // The answer is saved, whatever became of its announcement.
    const read = await api.gql<{ caseFile: { answers: { measureKey: string; value: string }[] } }>(
      'query ($id: ID!) { caseFile(id: $id) { answers { measureKey value } } }',
      { id: open.caseFileId },
      open.assessor,
    );
    expect(read.data!.caseFile.answers).toContainEqual({ measureKey: 'B1.initial-assessment-quality', value: 'NO' });
  });

  it('tells the same subscriber of changes again once Redis is back, with the progress as it now stands', async () => {
    await startRedis();
    // The API's Redis clients reconnect by themselves, within a couple of seconds: save until an event comes through.
    let event: ProgressEvent | null = null;
    const until = Date.now() + 30_000;
    let value = 'YES';
    while (!event && Date.now() < until) {
      value = value === 'YES' ? 'NO' : 'YES';
      expect(await saveOverCurrent(api, open, 'B1.review-16-weeks', value)).toBe('MutationSaveAnswerSuccess');
      event = await latestEvent(1_000);
    }
    expect(event, 'no event reached the subscriber within 30 s of Redis coming back').not.toBeNull();
    // Both saves since the outage began count: the one made while Redis was down is not lost to the page.
    expect(event!.inspectionProgress.progress?.answered).toBe(await answeredCount(api, open));
    expect(stream.completed()).toBe(false);
  });
});
