// Reads uploaded workbooks off the event loop: in a worker thread (workbook-worker.ts), one workbook at a time, with
// a time limit (the thread is ended when it runs over, and a new one started for the next workbook) and a memory
// limit, so that a hostile or merely enormous file costs that thread and never the server's answers (/healthz,
// every other request). The thread is started on first use and kept: starting one costs more than most workbooks.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface WorkbookJob {
  bytes: Uint8Array;
}

export type WorkbookAnswer =
  { rows: string[][] } | { refused: 'unreadable' | 'too-large' | 'too-slow'; reason: string };

type WorkerMessage = WorkbookAnswer | { started: true };

export interface WorkbookReaderOptions {
  /** How long one workbook may take to read once its thread has it. */
  timeLimitMs: number;
  /** Heap of the reading thread. */
  maxHeapMb: number;
}

const DEFAULTS: WorkbookReaderOptions = { timeLimitMs: 10_000, maxHeapMb: 512 };
/** A thread that has not even started within this is broken, not slow. */
const START_LIMIT_MS = 60_000;

function startWorker(maxHeapMb: number): Worker {
  // The worker's source is TypeScript like the rest of the API: it registers the same loader (tsx) first. Before
  // anything else it lowers its own priority: on Linux a thread has its own niceness (0 names the calling thread),
  // so the event loop's thread comes first; elsewhere that call would lower the whole process, so not there.
  const loader = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./workbook-worker.ts', import.meta.url));
  const code = [
    `if (process.platform === 'linux') require('node:os').setPriority(19);`,
    `require(${JSON.stringify(loader)}).register();`,
    `require(${JSON.stringify(entry)});`,
  ].join('\n');
  const worker = new Worker(code, {
    eval: true,
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32 },
  });
  // An idle reader must not keep a finished process alive.
  worker.unref();
  return worker;
}

export class WorkbookReader {
  private readonly options: WorkbookReaderOptions;
  private worker: Worker | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(options: Partial<WorkbookReaderOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Reads one workbook; workbooks sent meanwhile wait their turn. */
  read(bytes: Uint8Array): Promise<WorkbookAnswer> {
    const answer = this.turn.then(() => this.readInWorker(bytes));
    this.turn = answer.catch(() => undefined);
    return answer;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private end(worker: Worker) {
    if (this.worker === worker) this.worker = null;
    worker.removeAllListeners();
    void worker.terminate();
  }

  private readInWorker(bytes: Uint8Array): Promise<WorkbookAnswer> {
    this.worker ??= startWorker(this.options.maxHeapMb);
    const worker = this.worker;
    const { timeLimitMs } = this.options;
    return new Promise<WorkbookAnswer>((resolve, reject) => {
      let settled = false;
      let timer = setTimeout(() => fail(new Error('The workbook reader did not start.')), START_LIMIT_MS);
      const settle = () => {
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const answer = (value: WorkbookAnswer, keep: boolean) => {
        if (settled) return;
        settle();
        if (!keep) this.end(worker);
        resolve(value);
      };
      const fail = (error: Error) => {
        if (settled) return;
        settle();
        this.end(worker);
        reject(error);
      };
      const onMessage = (message: WorkerMessage) => {
        if ('started' in message) {
          clearTimeout(timer);
          // Over time: the thread is ended wherever it is, and its memory with it.
          timer = setTimeout(
            () => answer({ refused: 'too-slow', reason: `reading it took longer than ${timeLimitMs / 1000} s` }, false),
            timeLimitMs,
          );
          return;
        }
        answer(message, true);
      };
      const onError = (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
          answer({ refused: 'too-large', reason: 'it needs more memory to read than a case list may take' }, false);
        else fail(error);
      };
      const onExit = () => fail(new Error('The workbook reader stopped before it answered.'));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // A copy of its own to hand over: the caller's bytes may share memory with other buffers.
      const copy = new Uint8Array(bytes);
      worker.postMessage({ bytes: copy } satisfies WorkbookJob, [copy.buffer]);
    });
  }
}
