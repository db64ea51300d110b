// Past 50,000 addresses (the sitemaps protocol's limit for one file) /sitemap.xml becomes an index of parts.
import type { PublishedReportEntry } from '@scrutiny/public-pages';
import { describe, expect, it } from 'vitest';
import { sitemapDocument } from './sitemap.ts';

const ORIGIN = 'https://scrutiny.example.org';

function reports(count: number): PublishedReportEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `id-${i}`,
    title: `Inspection ${i}`,
    year: 2000 + (i % 20),
    kind: 'FULL' as const,
    publishedAt: '2020-06-01T00:00:00.000Z',
    area: { id: `area-${i % 3}`, code: `A${i % 3}`, name: `Area ${i % 3}`, region: 'North' },
    slug: `report-${i}`,
  }));
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe('sitemapDocument', () => {
  it('is one urlset while every address fits, and has no parts', () => {
    const xml = sitemapDocument(ORIGIN, reports(6), null, 10)!;
    expect(xml).toContain('<urlset');
    // The home page, three areas, six reports.
    expect(locs(xml)).toHaveLength(10);
    expect(sitemapDocument(ORIGIN, reports(6), 1, 10)).toBeNull();
  });

  it('past the limit is an index of parts that together list every address once', () => {
    const index = sitemapDocument(ORIGIN, reports(25), null, 10)!;
    expect(index).toContain('<sitemapindex');
    expect(locs(index)).toEqual([1, 2, 3].map((n) => `${ORIGIN}/sitemap-${n}.xml`));
    const parts = [1, 2, 3].map((n) => sitemapDocument(ORIGIN, reports(25), n, 10)!);
    for (const part of parts) expect(part).toContain('<urlset');
    const all = parts.flatMap(locs);
    expect(all).toHaveLength(1 + 3 + 25);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(`${ORIGIN}/reports/report-24`);
    expect(sitemapDocument(ORIGIN, reports(25), 4, 10)).toBeNull();
    expect(sitemapDocument(ORIGIN, reports(25), 0, 10)).toBeNull();
  });
});
