// The session cache answers repeat lookups without the database, and never past what it must not: a session's
// expiry, its end here or in another process, or its own lifetime.
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../access/viewer.ts';
import { SessionCache, type SessionEndings, type SessionRecord, type SessionSource } from './session-cache.ts';

const ALICE: Viewer = { id: 'u1', email: 'alice@example.org', name: 'Alice', role: 'AREA_ASSESSOR', areaId: 'a1' };

/** Sessions in a Map, counting how often they are looked up; endings shared like processes sharing Redis. */
function world(initial: Record<string, SessionRecord>) {
  const records = new Map(Object.entries(initial));
  const lookups: string[] = [];
  const source: SessionSource = {
    find: (hash) => {
      lookups.push(hash);
      return Promise.resolve(records.get(hash) ?? null);
    },
    end: (hash) => {
      records.delete(hash);
      return Promise.resolve();
    },
  };
  const listeners: ((hash: string) => void)[] = [];
  const endings: SessionEndings = {
    announce: (hash) => listeners.forEach((forget) => forget(hash)),
    listen: (forget) => listeners.push(forget),
  };
  return { source, endings, lookups, records };
}

describe('SessionCache', () => {
  it('asks the database once within its lifetime, and again after it', async () => {
    let now = 1_000_000;
    const w = world({ h1: { viewer: ALICE, expiresAt: new Date(now + 3_600_000) } });
    const cache = new SessionCache(w.source, w.endings, 5_000, () => now);
    const first = await cache.viewerFor('h1');
    const second = await cache.viewerFor('h1');
    expect(first).toEqual(ALICE);
    expect(second).toEqual(ALICE);
    expect(w.lookups).toEqual(['h1']);
    // Each request gets a viewer of its own: what one request learns about it is not another's.
    expect(second).not.toBe(first);
    now += 5_001;
    expect(await cache.viewerFor('h1')).toEqual(ALICE);
    expect(w.lookups).toEqual(['h1', 'h1']);
  });

  it('refuses a cached session the moment it expires', async () => {
    let now = 1_000_000;
    const w = world({ h1: { viewer: ALICE, expiresAt: new Date(now + 1_000) } });
    const cache = new SessionCache(w.source, w.endings, 5_000, () => now);
    expect(await cache.viewerFor('h1')).toEqual(ALICE);
    now += 1_000;
    expect(await cache.viewerFor('h1')).toBeNull();
    expect(w.lookups).toEqual(['h1']);
  });

  it('forgets a session ended in this process at once, and one ended in another process when told', async () => {
    const now = 1_000_000;
    const w = world({
      h1: { viewer: ALICE, expiresAt: new Date(now + 3_600_000) },
      h2: { viewer: ALICE, expiresAt: new Date(now + 3_600_000) },
    });
    const here = new SessionCache(w.source, w.endings, 5_000, () => now);
    const there = new SessionCache(w.source, w.endings, 5_000, () => now);
    expect(await here.viewerFor('h1')).toEqual(ALICE);
    expect(await there.viewerFor('h1')).toEqual(ALICE);
    await here.end('h1');
    expect(await here.viewerFor('h1')).toBeNull();
    expect(await there.viewerFor('h1')).toBeNull();
    // The other session is untouched.
    expect(await there.viewerFor('h2')).toEqual(ALICE);
  });

  it('does not put back a session that ended while it was being looked up', async () => {
    const now = 1_000_000;
    const w = world({ h1: { viewer: ALICE, expiresAt: new Date(now + 3_600_000) } });
    let release: () => void = () => {};
    const slow: SessionSource = {
      find: async (hash) => {
        const found = w.records.get(hash) ?? null;
        await new Promise<void>((resolve) => (release = resolve));
        return found;
      },
      end: w.source.end,
    };
    const cache = new SessionCache(slow, w.endings, 5_000, () => now);
    const racing = cache.viewerFor('h1');
    await cache.end('h1');
    release();
    // The lookup began before the end, so it may still answer as the session stood; the next one must not.
    await racing;
    const after = cache.viewerFor('h1');
    release();
    expect(await after).toBeNull();
  });

  it('with a lifetime of 0, asks the database every time', async () => {
    const w = world({ h1: { viewer: ALICE, expiresAt: new Date(Date.now() + 3_600_000) } });
    const cache = new SessionCache(w.source, w.endings, 0);
    await cache.viewerFor('h1');
    await cache.viewerFor('h1');
    expect(w.lookups).toEqual(['h1', 'h1']);
  });
});
