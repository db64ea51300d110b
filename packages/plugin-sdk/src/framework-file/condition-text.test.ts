import type { Condition } from '@scrutiny/domain';
import { describe, expect, it } from 'vitest';
import { formatCondition, parseCondition } from './condition-text.ts';

const read = (text: string) => {
  const parsed = parseCondition(text);
  return parsed.ok ? parsed.condition : parsed.message;
};

describe('conditions in words', () => {
  it('reads facts, flags, dates and their combinations as data', () => {
    expect(read('always')).toEqual({ always: true });
    expect(read('riskOfHarm in (HIGH, VERY_HIGH)')).toEqual({ fact: 'riskOfHarm', in: ['HIGH', 'VERY_HIGH'] });
    expect(read('mappaLevel in (2,3)')).toEqual({ fact: 'mappaLevel', in: [2, 3] });
    expect(read('has date supervisionPlan and (riskOfHarm in (MEDIUM) or flag childProtectionConcerns)')).toEqual({
      all: [
        { hasDate: 'supervisionPlan' },
        { any: [{ fact: 'riskOfHarm', in: ['MEDIUM'] }, { flag: 'childProtectionConcerns' }] },
      ],
    });
    expect(read('not flag significantIncident')).toEqual({ not: { flag: 'significantIncident' } });
  });

  it('reads values with spaces or brackets in quotes', () => {
    expect(read(`district in ("Birmingham North", 'Solihull (East)', Coventry) and not orderType in ("or")`)).toEqual({
      all: [
        { fact: 'district', in: ['Birmingham North', 'Solihull (East)', 'Coventry'] },
        { not: { fact: 'orderType', in: ['or'] } },
      ],
    });
    expect(read('district in ("Birmingham North)')).toBe(
      'cannot read "Birmingham North) (a quoted value needs its closing quote)',
    );
    expect(read('"flag" significantIncident')).toBe(
      'expected a condition such as "always", "flag significantIncident" or "riskOfHarm in (HIGH)" but found "flag"',
    );
  });

  it('says in plain words what it cannot read', () => {
    expect(read('riskLevel in (HIGH)')).toBe(
      '"riskLevel" is not a case fact (known: riskOfHarm, orderType, mappaCategory, mappaLevel, district, sex)',
    );
    expect(read('riskOfHarm in (HIGH')).toBe(
      'expected a "," or a closing ")" after the values but found the end of the condition',
    );
    expect(read('flag a flag b')).toBe('unexpected "flag" (join conditions with "and" or "or")');
    expect(read('')).toBe('the condition is empty (write "always" for every case file)');
    expect(read('mappaLevel in (two)')).toBe('mappaLevel values are whole numbers, not "two"');
    expect(read('process.exit()')).toMatch(/is not a condition/);
  });

  it('writes every condition so that it reads back the same', () => {
    const conditions: Condition[] = [
      { always: true },
      { not: { any: [{ flag: 'a' }, { hasDate: 'start' }] } },
      { all: [{ any: [{ flag: 'a' }, { flag: 'b' }] }, { not: { all: [{ flag: 'c' }, { flag: 'd' }] } }] },
      { any: [{ all: [{ flag: 'a' }, { flag: 'b' }] }, { fact: 'sex', in: ['FEMALE'] }] },
      { fact: 'district', in: ['Birmingham North', 'and', 'Say "hello"', 'Solihull (East)'] },
    ];
    for (const condition of conditions) expect(read(formatCondition(condition))).toEqual(condition);
  });
});
