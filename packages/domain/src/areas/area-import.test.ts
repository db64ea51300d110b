import { describe, expect, it } from 'vitest';
import { importable, planAreaImport } from './area-import.ts';

const KNOWN = [
  {
    code: 'WMPA',
    name: 'West Midlands',
    region: 'West Midlands',
    size: 'large',
    density: 'urban',
    comparisonGroup: 'metro',
    archived: false,
  },
  { code: 'OLD', name: 'Old area', region: 'North', size: null, density: null, comparisonGroup: null, archived: true },
];

describe('planning an import of areas from CSV', () => {
  it('says for each row whether it adds, updates or leaves an area as it is', () => {
    const plan = planAreaImport(
      'code,name,region,size,density,comparison_group\n' +
        'WMPA,West Midlands,West Midlands,large,urban,metro\n' +
        'wmpa2,Staffordshire,West Midlands,medium,mixed,\n',
      KNOWN,
      ['metro'],
    );
    expect(plan.rows.map((row) => [row.code, row.fate])).toEqual([
      ['WMPA', 'UNCHANGED'],
      ['WMPA2', 'CREATE'],
    ]);
    expect(importable(plan)).toBe(true);
    const updated = planAreaImport('code,name,region\nWMPA,West Midlands PA,West Midlands\n', KNOWN, ['metro']);
    expect(updated.rows[0]?.fate).toBe('UPDATE');
  });

  it('lists every bad row with its problems, and refuses the whole file', () => {
    const plan = planAreaImport(
      'code,name,region,comparison_group\nA B,,West,nope\nNEW,New,North,\nNEW,Again,North,\nOLD,Old area,North,\n',
      KNOWN,
      ['metro'],
    );
    expect(plan.rows.map((row) => row.fate)).toEqual(['ERROR', 'CREATE', 'ERROR', 'ERROR']);
    expect(plan.rows[0]?.problems).toHaveLength(3);
    expect(plan.rows[2]?.problems[0]).toContain('also on line 3');
    expect(plan.rows[3]?.problems[0]).toContain('retired');
    expect(importable(plan)).toBe(false);
  });

  it('refuses a file without the required columns or with unknown ones', () => {
    const plan = planAreaImport('code,title\nX,Y\n', KNOWN, []);
    expect(plan.fileProblems.length).toBe(3);
    expect(importable(plan)).toBe(false);
  });
});
