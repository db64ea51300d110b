import { describe, expect, it } from 'vitest';
import { SaveQueue, storageKeyFor, type SendResult } from './save-queue.ts';
import type { QueuedSave } from './queue-state.ts';

/** A Storage that keeps its items in memory, as localStorage does for one origin. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

interface Sent {
  authorId: string;
  entry: QueuedSave;
  expected: number | null;
}

function queueWith(reply: (sent: Sent) => SendResult) {
  const storage = new MemoryStorage();
  const sent: Sent[] = [];
  const queue = new SaveQueue(storage, (entry, expected, authorId) => {
    const attempt = { authorId, entry, expected };
    sent.push(attempt);
    return Promise.resolve(reply(attempt));
  });
  return { storage, sent, queue };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const draft = (value: string) => ({ value, reason: null, comment: null });

describe('a save queue kept per person', () => {
  it('sends each answer under its author only; another person signing in leaves it waiting for them', async () => {
    let signedIn = 'neil';
    const { storage, sent, queue } = queueWith((s) =>
      s.authorId === signedIn ? { kind: 'saved', version: 1 } : { kind: 'unauthenticated' },
    );
    queue.setUser('neil');
    signedIn = 'nobody';
    queue.save('CaseFile:1', 'B1.a', draft('YES'), null);
    await settle();
    expect(queue.getSnapshot().connection).toBe('signed-out');
    expect(JSON.parse(storage.getItem(storageKeyFor('neil'))!).entries).toHaveLength(1);

    // Kate signs in on the same browser: Neil's answer is not hers, and nothing is sent for her.
    signedIn = 'kate';
    const before = sent.length;
    queue.setUser('kate');
    await settle();
    expect(sent.length).toBe(before);
    expect(queue.getSnapshot().state.entries).toEqual([]);
    expect(queue.getSnapshot().othersWaiting).toBe(1);
    queue.save('CaseFile:2', 'B1.a', draft('NO'), null);
    await settle();
    expect(sent.at(-1)?.authorId).toBe('kate');

    // Neil returns: his answer goes, as his.
    signedIn = 'neil';
    queue.setUser('neil');
    await settle();
    expect(sent.at(-1)).toMatchObject({ authorId: 'neil', entry: { caseFileId: 'CaseFile:1', value: 'YES' } });
    expect(queue.getSnapshot().state.entries).toEqual([]);
    expect(queue.getSnapshot().othersWaiting).toBe(0);
  });

  it('with nobody signed in, queues nothing', async () => {
    const { sent, queue } = queueWith(() => ({ kind: 'saved', version: 1 }));
    queue.setUser(null);
    queue.save('CaseFile:1', 'B1.a', draft('YES'), null);
    await settle();
    expect(sent).toEqual([]);
    expect(queue.getSnapshot().state.entries).toEqual([]);
  });
});
