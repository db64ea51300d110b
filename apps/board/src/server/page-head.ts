// A public page's <head>: title and description from the report (area, year, kind), canonical address, Open Graph
// tags and, for a report, schema.org structured data (JSON-LD).
import { ORIGIN_PLACEHOLDER, type PublishedReportEntry } from '@scrutiny/public-pages';

const SITE_NAME = 'Scrutiny: probation inspection reports';
const KIND_WORDS = { FULL: 'full inspection', FOLLOW_UP: 'follow-up inspection' } as const;

export type PageHead =
  | { kind: 'home'; path: string; reports: readonly PublishedReportEntry[] }
  | { kind: 'area'; path: string; reports: readonly PublishedReportEntry[] }
  | { kind: 'report'; path: string; report: PublishedReportEntry; summary?: string };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function describe(head: PageHead): { title: string; description: string; type: string } {
  if (head.kind === 'home') {
    const areas = new Set(head.reports.map((r) => r.area.name)).size;
    return {
      title: 'Published inspections – Scrutiny',
      description: `Reports of ${head.reports.length} published probation inspections of ${areas} ${areas === 1 ? 'area' : 'areas'}, with every figure and the number of case files it is based on.`,
      type: 'website',
    };
  }
  if (head.kind === 'area') {
    const area = head.reports[0]!.area;
    const years = head.reports.map((r) => r.year).sort((a, b) => a - b);
    return {
      title: `${area.name}: published inspections – Scrutiny`,
      description: `Published probation inspections of ${area.name} (${area.region}), ${years[0]}${years.length > 1 ? `–${years[years.length - 1]}` : ''}: every report with its figures.`,
      type: 'website',
    };
  }
  const { report } = head;
  return {
    title: `${report.area.name}: ${report.title} – Scrutiny`,
    description:
      `${report.year} ${KIND_WORDS[report.kind]} of ${report.area.name} (${report.area.region}): ` +
      `every criterion and measure score with the number of case files behind it` +
      (head.summary ? `. ${head.summary}` : '.'),
    type: 'article',
  };
}

function structuredData(head: PageHead, url: string, description: string): string | null {
  if (head.kind !== 'report') return null;
  const { report } = head;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: `${report.area.name}: ${report.title}`,
    headline: report.title,
    description,
    url,
    inLanguage: 'en-GB',
    datePublished: report.publishedAt ?? undefined,
    temporalCoverage: String(report.year),
    spatialCoverage: { '@type': 'Place', name: report.area.name },
    about: { '@type': 'GovernmentOrganization', name: report.area.name },
    isAccessibleForFree: true,
  };
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

export function pageHead(head: PageHead): string {
  const { title, description, type } = describe(head);
  const url = `${ORIGIN_PLACEHOLDER}${head.path}`;
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    `<meta property="og:type" content="${type}">`,
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}">`,
    `<meta property="og:title" content="${escapeHtml(title.replace(/ – Scrutiny$/, ''))}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    `<meta property="og:locale" content="en_GB">`,
  ];
  if (head.kind === 'report' && head.report.publishedAt) {
    tags.push(`<meta property="article:published_time" content="${escapeHtml(head.report.publishedAt)}">`);
  }
  const ld = structuredData(head, url, description);
  if (ld) tags.push(ld);
  return tags.join('\n');
}
