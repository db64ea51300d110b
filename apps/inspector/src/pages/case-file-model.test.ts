import { describe, expect, it } from 'vitest';
import { emptyQueue, enqueue } from '../saving/queue-state.ts';
import { answerSetSources, currentDraft, groupByCriterion, isAssessed, isDerived } from './case-file-model.ts';

const FILE = 'CaseFile:WM06-007';

describe('what the assessment page shows', () => {
  it('counts a not-applicable answer as assessed only once it has a reason', () => {
    expect(isAssessed({ value: 'YES', reason: null, comment: null })).toBe(true);
    expect(isAssessed({ value: 'NOT_APPLICABLE', reason: '  ', comment: null })).toBe(false);
    expect(isAssessed({ value: 'NOT_APPLICABLE', reason: 'Order ended early', comment: null })).toBe(true);
    expect(isAssessed({ value: '', reason: null, comment: null })).toBe(false);
  });

  it('shows the unsent answer over the one the server holds, so a reload shows what the user gave', () => {
    const server = { measureKey: 'B1.overall', value: 'NO', reason: null, comment: null, version: 2 };
    const queued = enqueue(emptyQueue, {
      id: 'a',
      caseFileId: FILE,
      measureKey: 'B1.overall',
      draft: { value: 'YES', reason: null, comment: 'seen in the file' },
      baseVersion: 2,
      queuedAt: '',
    });
    expect(currentDraft(queued, FILE, 'B1.overall', server).value).toBe('YES');
    expect(currentDraft(emptyQueue, FILE, 'B1.overall', server).value).toBe('NO');
    expect(currentDraft(emptyQueue, FILE, 'B1.overall', undefined).value).toBe('');
  });

  it('treats a question settled by the dates as derived, and a question with only a date hint as asked', () => {
    const base = {
      measureKey: 'B1.rmp-quality-timely',
      criterion: 'B1',
      value: null,
      derivation: '11 working days (limit 5)',
    };
    expect(isDerived({ ...base, status: 'NOT_MET', derivedHolds: false })).toBe(true);
    expect(isDerived({ ...base, status: 'UNANSWERED', derivedHolds: false })).toBe(false);
  });

  it('groups questions by criterion in the framework’s order', () => {
    const groups = groupByCriterion([
      { criterion: 'B1', k: 1 },
      { criterion: 'B1', k: 2 },
      { criterion: 'B3', k: 3 },
      { criterion: 'C2', k: 4 },
    ]);
    expect(groups.map(([c, qs]) => [c, qs.length])).toEqual([
      ['B1', 2],
      ['B3', 1],
      ['C2', 1],
    ]);
  });

  it('shows no question until its own answer options are known', () => {
    const waiting = { data: undefined, unreachable: false, answered: false };
    const cutOff = { data: undefined, unreachable: true, answered: false };
    const refused = { data: undefined, unreachable: false, answered: true };
    const own = { data: 'esi', unreachable: false, answered: true };
    const all = { data: ['esi', 'standards'], unreachable: false, answered: true };
    expect(answerSetSources(own, waiting)).toEqual(['esi']);
    // Every framework's options are a fallback only once the server has said the file's own cannot be read.
    expect(answerSetSources(waiting, all)).toBeNull();
    expect(answerSetSources(cutOff, all)).toBeNull();
    expect(answerSetSources(refused, waiting)).toBeNull();
    expect(answerSetSources(refused, all)).toEqual(['esi', 'standards']);
  });
});
