import { describe, expect, it } from 'vitest';
import { inspectionIdForSlug, isReportSlug, reportSlug, reportSlugs, reportSlugYear } from './address.ts';

describe('a published report’s readable address', () => {
  it('is the area code, the year and the kind', () => {
    expect(reportSlug({ year: 2005, kind: 'FOLLOW_UP', area: { code: 'WMPA' } })).toBe('wmpa-2005-follow-up');
    expect(reportSlug({ year: 2004, kind: 'FULL', area: { code: 'West Mids/1' } })).toBe('west-mids-1-2004-full');
  });

  it('tells apart two inspections of one area, year and kind in the order they were published', () => {
    const list = [
      { id: 'b', year: 2005, kind: 'FULL' as const, area: { code: 'X' }, publishedAt: '2006-01-01T00:00:00Z' },
      { id: 'a', year: 2005, kind: 'FULL' as const, area: { code: 'X' }, publishedAt: '2006-03-01T00:00:00Z' },
      { id: 'c', year: 2006, kind: 'FULL' as const, area: { code: 'X' } },
    ];
    expect(Object.fromEntries(reportSlugs(list))).toEqual({ b: 'x-2005-full', a: 'x-2005-full-2', c: 'x-2006-full' });
    expect(inspectionIdForSlug(list, 'x-2005-full-2')).toBe('a');
    expect(inspectionIdForSlug(list, 'x-2007-full')).toBeNull();
  });

  it('is told from an inspection id', () => {
    expect(isReportSlug('wmpa-2005-follow-up')).toBe(true);
    expect(isReportSlug('SW5zcGVjdGlvbjpjbXg=')).toBe(false);
  });
});

describe('reportSlugYear', () => {
  it('reads the year a slug names, with or without its number', () => {
    expect(reportSlugYear('wmpa-2005-follow-up')).toBe(2005);
    expect(reportSlugYear('avon-and-somerset-2019-full-2')).toBe(2019);
    expect(reportSlugYear('wmpa-follow-up')).toBeNull();
  });
});
