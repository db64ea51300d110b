// The queue of unsent answers, kept in localStorage so that neither a lost connection nor a reload loses an
// answer. It is kept per person: each user's queue is stored under their id, and only the queue of the person
// signed in is loaded and sent, so work queued by one person waits for them and is never sent under another's
// session. Saves are sent one at a time, in the order given; a save leaves the queue only when the server has
// answered it (saved, conflict or refusal). While the API is unreachable it retries with backoff and at once when
// the browser says it is online again. Tabs of one browser share the queue and the latest answers through storage
// events (and a BroadcastChannel telling them who is signed in).
import {
  acceptTheirs,
  acknowledge,
  dismissRefusal,
  emptyQueue,
  enqueue,
  expectedVersionFor,
  markAttempted,
  parseQueue,
  retryDelay,
  type AnswerDraft,
  type QueueState,
  type QueuedSave,
  type SaveLabel,
  type SaveOutcome,
} from './queue-state.ts';
import { newId } from './uuid.ts';

export type SendResult = SaveOutcome | { kind: 'unreachable' } | { kind: 'unauthenticated' };
export type Sender = (entry: QueuedSave, expectedVersion: number | null, authorId: string) => Promise<SendResult>;

export type Connection = 'ok' | 'retrying' | 'signed-out';

export interface QueueSnapshot {
  /** Whose queue this is: the person signed in, or null when nobody is. */
  userId: string | null;
  state: QueueState;
  /** The save on its way to the server, if any. */
  sendingId: string | null;
  connection: Connection;
  /** Saves on this device that wait for someone else to sign in. */
  othersWaiting: number;
}

const STORAGE_PREFIX = 'scrutiny.inspector.unsent-answers.v2.';

export function storageKeyFor(userId: string): string {
  return `${STORAGE_PREFIX}${userId}`;
}

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
    this.snapshot = {
      userId: null,
      state: emptyQueue,
      sendingId: null,
      connection: 'ok',
      othersWaiting: this.countOthers(null),
    };
  }

  /** Starts listening for the connection coming back and for other tabs' changes. */
  start(target: Pick<Window, 'addEventListener'>): void {
    target.addEventListener('online', () => this.flushNow());
    // Another tab of the app may have queued or sent answers: take its view of this person's queue.
    target.addEventListener('storage', (event) => {
      const key = (event as StorageEvent).key;
      if (key === null || !key.startsWith(STORAGE_PREFIX)) return;
      const userId = this.snapshot.userId;
      if (userId !== null && key === storageKeyFor(userId))
        this.update({ state: parseQueue(this.storage.getItem(key)) }, false);
      else this.update({ othersWaiting: this.countOthers(userId) }, false);
    });
  }

  /**
   * Says who is signed in (null: nobody). Loads that person's queue and sends it; anyone else's stays stored,
   * unsent, until they sign in here again.
   */
  setUser(userId: string | null): void {
    if (userId === this.snapshot.userId) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.snapshot = {
      userId,
      state: userId === null ? emptyQueue : parseQueue(this.storage.getItem(storageKeyFor(userId))),
      sendingId: null,
      connection: 'ok',
      othersWaiting: this.countOthers(userId),
    };
    for (const listener of this.listeners) listener();
    if (userId !== null) this.flushNow();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): QueueSnapshot => this.snapshot;

  save(
    caseFileId: string,
    measureKey: string,
    draft: AnswerDraft,
    baseVersion: number | null,
    label?: SaveLabel,
  ): void {
    if (this.snapshot.userId === null) return; // nobody to attribute it to: the page keeps it as a draft
    const state = enqueue(this.snapshot.state, {
      id: newId(),
      caseFileId,
      measureKey,
      draft,
      baseVersion,
      queuedAt: new Date().toISOString(),
      ...(label ? { label } : {}),
    });
    this.update({ state });
    this.flushNow();
  }

  /** Keeps my answer over the one that conflicted: saved again on top of the other answer's version. */
  keepMine(caseFileId: string, measureKey: string): void {
    const conflict = this.snapshot.state.conflicts.find(
      (c) => c.caseFileId === caseFileId && c.measureKey === measureKey,
    );
    if (!conflict) return;
    this.save(caseFileId, measureKey, conflict.mine, conflict.theirs.version, conflict.label);
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
        const userId = this.snapshot.userId;
        const entry = this.snapshot.state.entries[0];
        if (userId === null) return;
        if (!entry) {
          this.update({ connection: 'ok' });
          return;
        }
        // Another tab may have sent it meanwhile: take the stored queue as it is now.
        const stored = parseQueue(this.storage.getItem(storageKeyFor(userId)));
        if (this.storage.getItem(storageKeyFor(userId)) !== null && !stored.entries.some((e) => e.id === entry.id)) {
          this.update({ state: stored }, false);
          continue;
        }
        const expected = expectedVersionFor(this.snapshot.state, entry);
        this.update({ state: markAttempted(this.snapshot.state, entry.id, expected), sendingId: entry.id });
        const result = await this.send(entry, expected, userId);
        // Signed in as someone else meanwhile: this answer is not theirs to send.
        if (this.snapshot.userId !== userId) return;
        if (result.kind === 'unreachable' || result.kind === 'unauthenticated') {
          this.failedAttempts += 1;
          const connection: Connection = result.kind === 'unreachable' ? 'retrying' : 'signed-out';
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

  private countOthers(userId: string | null): number {
    let count = 0;
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key === null || !key.startsWith(STORAGE_PREFIX) || key === (userId && storageKeyFor(userId))) continue;
        count += parseQueue(this.storage.getItem(key)).entries.length;
      }
    } catch {
      // Storage blocked: nothing to count.
    }
    return count;
  }

  private update(change: Partial<QueueSnapshot>, persist = true): void {
    this.snapshot = { ...this.snapshot, ...change };
    if (persist && change.state && this.snapshot.userId !== null) this.persist(this.snapshot.userId, change.state);
    for (const listener of this.listeners) listener();
  }

  private persist(userId: string, state: QueueState): void {
    try {
      this.storage.setItem(storageKeyFor(userId), JSON.stringify(state));
    } catch {
      // Storage full or blocked: the queue still lives in memory and is sent while the page stays open.
    }
  }
}
