import { describe, expect, it } from 'vitest';
import {
  acceptTheirs,
  acknowledge,
  emptyQueue,
  enqueue,
  expectedVersionFor,
  markAttempted,
  parseQueue,
  retryDelay,
  type NewSave,
  type QueueState,
} from './queue-state.ts';

const FILE = 'CaseFile:WM06-007';
const RMP = 'B1.rmp-quality-timely';
const REVIEW = 'B1.review-16-weeks';

function save(id: string, measureKey: string, value: string, baseVersion: number | null = null): NewSave {
  return {
    id,
    caseFileId: FILE,
    measureKey,
    draft: { value, reason: null, comment: null },
    baseVersion,
    queuedAt: '2006-06-05T09:00:00.000Z',
  };
}

const theirs = { value: 'NO', reason: null, comment: null, version: 2, answeredBy: 'Lalita Patel', updatedAt: '' };

describe('the queue of unsent answers', () => {
  it('keeps answers to different questions in the order they were given', () => {
    const state = enqueue(enqueue(emptyQueue, save('a', RMP, 'YES')), save('b', REVIEW, 'NO'));
    expect(state.entries.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('replaces an unsent answer to the same question: only the latest matters', () => {
    const state = enqueue(enqueue(emptyQueue, save('a', RMP, 'YES')), save('b', RMP, 'NO'));
    expect(state.entries.map((e) => [e.id, e.value])).toEqual([['b', 'NO']]);
  });

  it('never replaces a save already sent: it may have been applied, so it is retried with its own id', () => {
    let state = enqueue(emptyQueue, save('a', RMP, 'YES'));
    state = markAttempted(state, 'a', null);
    state = enqueue(state, save('b', RMP, 'NO'));
    expect(state.entries.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('drops a save only when the server acknowledged it, and builds the next save on the acknowledged version', () => {
    let state = enqueue(emptyQueue, save('a', RMP, 'YES'));
    state = markAttempted(state, 'a', null);
    state = enqueue(state, save('b', RMP, 'NO'));
    expect(state.entries).toHaveLength(2);
    state = acknowledge(state, 'a', { kind: 'saved', version: 1 });
    expect(state.entries.map((e) => e.id)).toEqual(['b']);
    expect(expectedVersionFor(state, state.entries[0]!)).toBe(1);
  });

  it('sends a retry with exactly the version of its first attempt', () => {
    let state: QueueState = { ...emptyQueue, versions: {} };
    state = enqueue(state, save('a', RMP, 'YES', 3));
    state = markAttempted(state, 'a', 3);
    state = { ...state, versions: { [`${FILE}|${RMP}`]: 7 } };
    expect(expectedVersionFor(state, state.entries[0]!)).toBe(3);
  });

  it('turns a stale save into a conflict that keeps both answers, never an overwrite', () => {
    let state = enqueue(emptyQueue, save('a', RMP, 'YES', 1));
    state = markAttempted(state, 'a', 1);
    state = acknowledge(state, 'a', { kind: 'conflict', theirs });
    expect(state.entries).toEqual([]);
    expect(state.conflicts).toEqual([
      { caseFileId: FILE, measureKey: RMP, mine: { value: 'YES', reason: null, comment: null }, theirs },
    ]);
  });

  it('after taking the other answer, knows it as the latest, so the page shows it and builds on its version', () => {
    let state = enqueue(emptyQueue, save('a', RMP, 'YES', 1));
    state = acknowledge(markAttempted(state, 'a', 1), 'a', { kind: 'conflict', theirs });
    state = acceptTheirs(state, FILE, RMP);
    expect(state.conflicts).toEqual([]);
    expect(state.latest[`${FILE}|${RMP}`]).toEqual({ value: 'NO', reason: null, comment: null, version: 2 });
  });

  it('sends the version its author saw, never one merely acknowledged to another tab of this browser', () => {
    // Tab 1 saved version 1; tab 2 never showed it and answers from what it showed (no answer).
    let state = enqueue(emptyQueue, save('a', RMP, 'YES', null));
    state = acknowledge(markAttempted(state, 'a', null), 'a', { kind: 'saved', version: 1 });
    expect(state.latest[`${FILE}|${RMP}`]).toEqual({ value: 'YES', reason: null, comment: null, version: 1 });
    state = enqueue(state, save('b', RMP, 'NO', null));
    expect(expectedVersionFor(state, state.entries[0]!)).toBeNull();
    // So the server answers with a conflict, kept for this person to decide.
    state = acknowledge(markAttempted(state, 'b', null), 'b', {
      kind: 'conflict',
      theirs: { value: 'YES', reason: null, comment: null, version: 1, answeredBy: 'Neil Appleby', updatedAt: '' },
    });
    expect(state.conflicts.map((c) => c.mine.value)).toEqual(['NO']);
  });

  it('a save given while an earlier one of the same question is on its way builds on that one', () => {
    let state = enqueue(emptyQueue, save('a', RMP, 'YES', 4));
    state = markAttempted(state, 'a', 4);
    state = enqueue(state, save('b', RMP, 'NO', 4));
    // Replacing the unsent one keeps the chain.
    state = enqueue(state, save('c', RMP, 'YES', 4));
    expect(state.entries.map((e) => [e.id, e.follows ?? null])).toEqual([
      ['a', null],
      ['c', 'a'],
    ]);
    state = acknowledge(state, 'a', { kind: 'saved', version: 5 });
    expect(expectedVersionFor(state, state.entries[0]!)).toBe(5);
  });

  it('records a refusal with the message, and a new answer clears it', () => {
    let state = enqueue(emptyQueue, save('a', RMP, 'MAYBE'));
    state = acknowledge(markAttempted(state, 'a', null), 'a', { kind: 'refused', message: '"MAYBE" is not an answer' });
    expect(state.refusals.map((r) => r.message)).toEqual(['"MAYBE" is not an answer']);
    state = enqueue(state, save('b', RMP, 'YES'));
    expect(state.refusals).toEqual([]);
  });

  it('survives storage: what is written is read back, and damaged storage gives an empty queue', () => {
    const state = markAttempted(enqueue(emptyQueue, save('a', RMP, 'YES', 2)), 'a', 2);
    expect(parseQueue(JSON.stringify(state))).toEqual(state);
    expect(parseQueue('{not json')).toEqual(emptyQueue);
    expect(parseQueue(JSON.stringify({ entries: [{ id: 1 }, state.entries[0]] })).entries).toEqual(state.entries);
  });

  it('retries after 1, 2 and 4 seconds, then every 8', () => {
    expect([1, 2, 3, 4, 5, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
});
