// The API as production runs it: its own OS process (`node --import tsx src/server.ts`, so the server is the process
// and not a wrapper's child), configured by environment only, on a port of its own choosing.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const API_DIR = fileURLToPath(new URL('../../', import.meta.url));
const LISTENING = /Scrutiny API listening on (http:\/\/\S+)\/graphql/;

export interface ApiProcess {
  /** Where it listens, e.g. http://127.0.0.1:43121 */
  url: string;
  child: ChildProcess;
  /** Everything it wrote to standard output and error so far (for a failing test's message). */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not ended within `graceMs`. Safe to call more than once. */
  stop(graceMs?: number): Promise<void>;
}

/** Every process started here is killed when the test process exits, however it exits. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts the server with exactly `env` (pass the caller's own environment along for PATH and the like). */
export async function startApiProcess(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: API_DIR,
    env: { PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const stop = async (graceMs = 5_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the API did not start listening in time')), timeoutMs);
      const look = () => {
        const found = LISTENING.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      };
      child.stdout.on('data', look);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the API exited (${signal ?? code}) while starting`));
      });
    });
    await waitReady(url, child, timeoutMs);
    return { url, child, output: () => output, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`, { cause: error });
  }
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the API did not become ready in time');
}
