// /sitemap.xml: exactly the published reports, the home page and the areas' pages. Up to 50,000 addresses (the
// sitemaps protocol's limit for one file) it is one <urlset>; beyond that it is a sitemap index naming
// /sitemap-1.xml, /sitemap-2.xml…, each holding at most 50,000.
import type { PublishedReportEntry } from '@scrutiny/public-pages';

export const SITEMAP_LIMIT = 50_000;

interface SitemapEntry {
  path: string;
  lastmod?: string | null;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every public address, in a stable order: the home page, the areas' pages, then the reports. */
export function sitemapEntries(reports: readonly PublishedReportEntry[]): SitemapEntry[] {
  const areas = [...new Set(reports.map((r) => r.area.code.toLowerCase()))].sort();
  return [
    { path: '/' },
    ...areas.map((code) => ({ path: `/areas/${code}` })),
    ...reports.map((r) => ({ path: `/reports/${r.slug}`, lastmod: r.publishedAt })),
  ];
}

function urlset(origin: string, entries: readonly SitemapEntry[]): string {
  const url = ({ path, lastmod }: SitemapEntry) =>
    `  <url><loc>${escapeXml(origin + path)}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(url),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * The sitemap document at `/sitemap.xml` (part null) or `/sitemap-<part>.xml`; null when there is no such part
 * (every address fits in /sitemap.xml, or the part is past the last).
 */
export function sitemapDocument(
  origin: string,
  reports: readonly PublishedReportEntry[],
  part: number | null,
  limit = SITEMAP_LIMIT,
): string | null {
  const entries = sitemapEntries(reports);
  const parts = Math.ceil(entries.length / limit);
  if (parts <= 1) return part === null ? urlset(origin, entries) : null;
  if (part === null) {
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...Array.from(
        { length: parts },
        (_, i) => `  <sitemap><loc>${escapeXml(`${origin}/sitemap-${i + 1}.xml`)}</loc></sitemap>`,
      ),
      '</sitemapindex>',
      '',
    ].join('\n');
  }
  if (part < 1 || part > parts) return null;
  return urlset(origin, entries.slice((part - 1) * limit, part * limit));
}
