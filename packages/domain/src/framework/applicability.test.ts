import { describe, expect, it } from 'vitest';
import { caseFacts } from '../../test/esi-like-framework.ts';
import { appliesTo, HIGH_RISK_OF_HARM } from './applicability.ts';

describe('appliesTo', () => {
  it('puts high and very high risk of harm cases, and only those, in the high risk subsample', () => {
    expect(appliesTo(HIGH_RISK_OF_HARM.condition, caseFacts('a', { riskOfHarm: 'HIGH' }))).toBe(true);
    expect(appliesTo(HIGH_RISK_OF_HARM.condition, caseFacts('b', { riskOfHarm: 'VERY_HIGH' }))).toBe(true);
    expect(appliesTo(HIGH_RISK_OF_HARM.condition, caseFacts('c', { riskOfHarm: 'MEDIUM' }))).toBe(false);
    expect(appliesTo(HIGH_RISK_OF_HARM.condition, caseFacts('d', { riskOfHarm: 'LOW' }))).toBe(false);
    expect(HIGH_RISK_OF_HARM.key).toBe('HIGH_RISK_OF_HARM');
  });

  it('asks a question only where a significant incident happened when it says so', () => {
    const condition = { flag: 'significantIncident' };
    expect(appliesTo(condition, caseFacts('a', { flags: { significantIncident: true } }))).toBe(true);
    expect(appliesTo(condition, caseFacts('b', { flags: { significantIncident: false } }))).toBe(false);
    expect(appliesTo(condition, caseFacts('c'))).toBe(false);
  });

  it('treats an unknown fact (not a MAPPA case) as in no list', () => {
    const condition = { fact: 'mappaLevel' as const, in: [1, 2, 3] };
    expect(appliesTo(condition, caseFacts('a', { mappaLevel: null }))).toBe(false);
    expect(appliesTo(condition, caseFacts('b', { mappaLevel: 2 }))).toBe(true);
  });

  it('combines conditions with all, any and not', () => {
    const licenceHighRisk = {
      all: [{ fact: 'orderType' as const, in: ['LICENCE'] }, HIGH_RISK_OF_HARM.condition],
    };
    expect(appliesTo(licenceHighRisk, caseFacts('a', { orderType: 'LICENCE', riskOfHarm: 'HIGH' }))).toBe(true);
    expect(appliesTo(licenceHighRisk, caseFacts('b', { orderType: 'CO', riskOfHarm: 'HIGH' }))).toBe(false);
    const either = { any: [{ hasDate: 'riskManagementPlan' }, { flag: 'childProtectionConcerns' }] };
    expect(appliesTo(either, caseFacts('c', { dates: { riskManagementPlan: '2005-03-01' } }))).toBe(true);
    expect(appliesTo(either, caseFacts('d'))).toBe(false);
    expect(appliesTo({ not: either }, caseFacts('d'))).toBe(true);
    expect(appliesTo({ always: true }, caseFacts('e'))).toBe(true);
  });
});
