// Who a session token signs in, remembered for a few seconds: every signed-in request starts with this lookup, and
// without the cache each one costs a statement (and a round trip) before any work is done.
//
// What keeps it safe:
// - the session's own expiry is checked on every request, cached or not;
// - signing out forgets the session at once in this process, and tells every other process (through the live
//   events, so through Redis when there are several) to forget it too;
// - anything else that ends a session or changes a user (an edit in the database by hand) takes effect within the
//   cache's lifetime, `SCRUTINY_SESSION_CACHE_SECONDS` (5 s unless set; 0 turns the cache off).
import type { Viewer } from '../access/viewer.ts';

export interface SessionRecord {
  viewer: Viewer;
  expiresAt: Date;
}

/** The database side: the session by the hash of its token, and its end. */
export interface SessionSource {
  find(tokenHash: string): Promise<SessionRecord | null>;
  end(tokenHash: string): Promise<void>;
}

/** How processes tell each other that a session has ended. */
export interface SessionEndings {
  announce(tokenHash: string): void;
  /** Calls `forget` for every session another process (or this one) has ended, until the process stops. */
  listen(forget: (tokenHash: string) => void): void;
}

interface Entry {
  record: SessionRecord;
  /** Until when the record may be used without asking the database again (ms since the epoch). */
  freshUntil: number;
}

/** More signed-in people than this at once and the oldest entries go: the cache never grows without bound. */
const MAX_ENTRIES = 10_000;

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Sessions ended here lately: a lookup that began before the end must not put them back. */
  private readonly ended = new Map<string, number>();

  constructor(
    private readonly source: SessionSource,
    private readonly endings: SessionEndings,
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (lifetimeMs > 0) endings.listen((tokenHash) => this.forget(tokenHash));
  }

  async viewerFor(tokenHash: string): Promise<Viewer | null> {
    const started = this.now();
    const cached = this.entries.get(tokenHash);
    const record = cached && cached.freshUntil > started ? cached.record : await this.lookUp(tokenHash, started);
    // A new object each time: per-request caches key on the viewer (access/checks.ts), and must stay per request.
    return record && record.expiresAt.getTime() > this.now() ? { ...record.viewer } : null;
  }

  async end(tokenHash: string): Promise<void> {
    if (this.lifetimeMs <= 0) return this.source.end(tokenHash);
    this.forget(tokenHash);
    const now = this.now();
    for (const [hash, until] of this.ended) if (until <= now) this.ended.delete(hash);
    this.ended.set(tokenHash, now + this.lifetimeMs);
    await this.source.end(tokenHash);
    this.endings.announce(tokenHash);
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  private async lookUp(tokenHash: string, started: number): Promise<SessionRecord | null> {
    this.entries.delete(tokenHash);
    const record = await this.source.find(tokenHash);
    if (!record || this.lifetimeMs <= 0) return record;
    const endedUntil = this.ended.get(tokenHash);
    if (endedUntil !== undefined) {
      if (endedUntil > this.now()) return record;
      this.ended.delete(tokenHash);
    }
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { record, freshUntil: started + this.lifetimeMs });
    return record;
  }
}
