import { describe, expect, it } from 'vitest';
import { judgementLabel, longDate, signOffText } from './labels.ts';

describe('the writing pages’ words', () => {
  it('print dates as the report does, and judgements in words', () => {
    expect(longDate('2005-07-04T00:00:00.000Z')).toBe('4 July 2005');
    expect(judgementLabel('NO_MEANINGFUL_PROGRESS')).toBe('No meaningful progress');
  });
  it('say who signed a report off, and that a reopened report must be signed off again', () => {
    const signed = { signedOffAt: '2005-07-20T10:00:00.000Z', signedOffBy: { name: 'Andrew Bridges' } };
    expect(signOffText({ status: 'DRAFTING', signedOffAt: null, signedOffBy: null })).toBe('Not signed off');
    expect(signOffText({ status: 'SIGNED_OFF', ...signed })).toBe('Signed off by Andrew Bridges on 20 July 2005');
    expect(signOffText({ status: 'DRAFTING', ...signed })).toBe(
      'Signed off by Andrew Bridges on 20 July 2005, then reopened: it must be signed off again',
    );
  });
});
