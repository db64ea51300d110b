// The queue of unsent answers, kept in localStorage so that neither a lost connection nor a reload loses an
// answer. Saves are sent one at a time, in the order given; a save leaves the queue only when the server has
// answered it (saved, conflict or refusal). While the API is unreachable it retries with backoff and at once
// when the browser says it is online again.
import {
  acceptTheirs,
  acknowledge,
  dismissRefusal,
  enqueue,
  expectedVersionFor,
  markAttempted,
  parseQueue,
  retryDelay,
  type AnswerDraft,
  type QueueState,
  type QueuedSave,
  type SaveOutcome,
} from './queue-state.ts';
import { newId } from './uuid.ts';

export type SendResult = SaveOutcome | { kind: 'unreachable' } | { kind: 'unauthenticated' };
export type Sender = (entry: QueuedSave, expectedVersion: number | null) => Promise<SendResult>;

export type Connection = 'ok' | 'retrying' | 'signed-out';

export interface QueueSnapshot {
  state: QueueState;
  /** The save on its way to the server, if any. */
  sendingId: string | null;
  connection: Connection;
}

const STORAGE_KEY = 'scrutiny.inspector.unsent-answers.v1';

export class SaveQueue {
  private snapshot: QueueSnapshot;
  private readonly listeners = new Set<() => void>();
  private running = false;
  private failedAttempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly send: Sender,
  ) {
    this.snapshot = { state: parseQueue(storage.getItem(STORAGE_KEY)), sendingId: null, connection: 'ok' };
  }

  /** Starts sending what an earlier visit left unsent, and listens for the connection coming back. */
  start(target: Pick<Window, 'addEventListener'>): void {
    target.addEventListener('online', () => this.flushNow());
    // Another tab of the app may have queued or sent answers: take its view of the queue.
    target.addEventListener('storage', (event) => {
      if ((event as StorageEvent).key === STORAGE_KEY) {
        this.update({ state: parseQueue(this.storage.getItem(STORAGE_KEY)) }, false);
      }
    });
    void this.flush();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QueueSnapshot => this.snapshot;

  save(caseFileId: string, measureKey: string, draft: AnswerDraft, baseVersion: number | null): void {
    const state = enqueue(this.snapshot.state, {
      id: newId(),
      caseFileId,
      measureKey,
      draft,
      baseVersion,
      queuedAt: new Date().toISOString(),
    });
    this.update({ state });
    this.flushNow();
  }

  /** Keeps my answer over the one that conflicted: saved again on top of the other person's version. */
  keepMine(caseFileId: string, measureKey: string): void {
    const conflict = this.snapshot.state.conflicts.find(
      (c) => c.caseFileId === caseFileId && c.measureKey === measureKey,
    );
    if (!conflict) return;
    this.save(caseFileId, measureKey, conflict.mine, conflict.theirs.version);
  }

  takeTheirs(caseFileId: string, measureKey: string): void {
    this.update({ state: acceptTheirs(this.snapshot.state, caseFileId, measureKey) });
  }

  dismissRefusal(caseFileId: string, measureKey: string): void {
    this.update({ state: dismissRefusal(this.snapshot.state, caseFileId, measureKey) });
  }

  /** After signing in again, or when the browser reports the connection is back. */
  flushNow(): void {
    this.failedAttempts = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    void this.flush();
  }

  private async flush(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const entry = this.snapshot.state.entries[0];
        if (!entry) {
          this.update({ connection: 'ok' });
          return;
        }
        const expected = expectedVersionFor(this.snapshot.state, entry);
        this.update({ state: markAttempted(this.snapshot.state, entry.id, expected), sendingId: entry.id });
        const result = await this.send(entry, expected);
        if (result.kind === 'unreachable' || result.kind === 'unauthenticated') {
          this.failedAttempts += 1;
          const connection: Connection = result.kind === 'unauthenticated' ? 'signed-out' : 'retrying';
          this.update({ sendingId: null, connection });
          if (result.kind === 'unreachable') this.schedule(retryDelay(this.failedAttempts));
          return;
        }
        this.failedAttempts = 0;
        this.update({ state: acknowledge(this.snapshot.state, entry.id, result), sendingId: null, connection: 'ok' });
      }
    } finally {
      this.running = false;
    }
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private update(change: Partial<QueueSnapshot>, persist = true): void {
    this.snapshot = { ...this.snapshot, ...change };
    if (persist && change.state) this.persist(change.state);
    for (const listener of this.listeners) listener();
  }

  private persist(state: QueueState): void {
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or blocked: the queue still lives in memory and is sent while the page stays open.
    }
  }
}
