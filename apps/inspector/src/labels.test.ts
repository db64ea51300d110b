import { describe, expect, it } from 'vitest';
import { humanise } from './labels.ts';

describe('words for codes', () => {
  it('turns camel case flags and upper case enums into sentence case', () => {
    expect(humanise('significantIncident')).toBe('Significant incident');
    expect(humanise('HIGH_RISK_OF_HARM')).toBe('High risk of harm');
  });
});
