import { describe, expect, it } from 'vitest';
import { canSave, edited, isSuperseded, seenVersion, type LocalDraft } from './drafts.ts';

const answer = (value: string, version: number, comment: string | null = null) => ({
  value,
  reason: null,
  comment,
  version,
});
const draft = (value: string, comment: string | null = null) => ({ value, reason: null, comment });

describe('drafts a tab holds', () => {
  it('"Not applicable" is saved only with its reason', () => {
    expect(canSave({ value: 'NOT_APPLICABLE', reason: '  ', comment: null })).toBe(false);
    expect(canSave({ value: 'NOT_APPLICABLE', reason: 'Order ended', comment: null })).toBe(true);
    expect(canSave(draft(''))).toBe(false);
  });

  it('a draft this tab saved gives way to a newer answer saved in another tab', () => {
    const mine: LocalDraft = { draft: draft('YES'), seen: null, pending: false };
    expect(isSuperseded(mine, answer('YES', 1))).toBe(false);
    expect(seenVersion(mine, answer('YES', 1))).toBe(1);
    expect(isSuperseded(mine, answer('NO', 2))).toBe(true);
  });

  it('a draft with changes not yet queued stays, built on the version it started from: its save will conflict', () => {
    const typing: LocalDraft = { draft: draft('YES', 'Plan late'), seen: 1, pending: true };
    expect(isSuperseded(typing, answer('NO', 2))).toBe(false);
    expect(seenVersion(typing, answer('NO', 2))).toBe(1);
  });

  it('an edit builds on what the tab showed', () => {
    expect(edited(undefined, answer('YES', 3), draft('NO'))).toEqual({ draft: draft('NO'), seen: 3, pending: true });
    const saved: LocalDraft = { draft: draft('YES', 'Plan late '), seen: null, pending: false };
    // The tab's own save came back as version 1 (trimmed): typing on builds on 1.
    expect(edited(saved, answer('YES', 1, 'Plan late'), draft('YES', 'Plan late b')).seen).toBe(1);
  });
});
