// The public pages' addresses, answered by the API process before the board app's static files: `/` (the published
// reports), `/areas/<code>`, `/reports/<slug>` (and `/reports/<inspection id>`, which redirects there for good),
// `/robots.txt` and `/sitemap.xml` (and its parts, past 50,000 addresses). Every page is whole HTML, readable
// without JavaScript; the board app takes it over in the browser. An address that is not a published inspection's
// answers the same 404 whatever it names. Absolute addresses (canonical, Open Graph, sitemap) start with
// SCRUTINY_PUBLIC_URL when it is set, else with the address the request came to. Answers go brotli or gzip
// compressed to a browser that accepts it (Vary: Accept-Encoding), each encoding with its own strong ETag.
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ORIGIN_PLACEHOLDER, SERVER_STATE_ELEMENT_ID } from '@scrutiny/public-pages';
import { COMPRESSION_THRESHOLD, CompressedCopies, encodedEntityTag } from '../http/compressed-copies.ts';
import { preferredEncoding } from '../http/content-encoding.ts';
import { ifNoneMatchHolds, strongEntityTag } from '../http/entity-tag.ts';
import { APP_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../http/security-headers.ts';
import type { PublicPages, StoredPage } from './page-store.ts';
import { sitemapDocument } from './sitemap.ts';

/** Without a built board app (API tests), pages go out in this shell: the same markup, no script. */
const BARE_SHELL =
  '<!doctype html><html lang="en-GB" class="govuk-template"><head><meta charset="utf-8">' +
  '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Scrutiny</title></head>' +
  '<body class="govuk-template__body"><div id="root"></div></body></html>';

export function isPublicPagePath(method: string | undefined, path: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return (
    path === '/' ||
    path === '/robots.txt' ||
    /^\/sitemap(?:-\d{1,6})?\.xml$/.test(path) ||
    /^\/reports\/[^/]+\/?$/.test(path) ||
    /^\/areas\/[^/]+\/?$/.test(path)
  );
}

export class PublicPageRoutes {
  private shell: { mtimeMs: number; html: string } | null = null;
  private readonly compressed = new CompressedCopies();

  constructor(
    private readonly pages: PublicPages,
    /** Folder of the built board app (its index.html links the scripts and styles that take the page over). */
    private readonly boardDir: string | undefined,
    /** SCRUTINY_PUBLIC_URL without its trailing slash: the origin of absolute addresses, when set. */
    private readonly publicUrl?: string,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const origin = this.publicUrl ?? originOf(req);
    if (path === '/robots.txt') return this.send(req, res, 200, 'text/plain; charset=utf-8', robots(origin));
    const reports = await this.pages.published();
    const sitemapPart = /^\/sitemap(?:-(\d+))?\.xml$/.exec(path);
    if (sitemapPart) {
      const xml = sitemapDocument(origin, reports, sitemapPart[1] ? Number(sitemapPart[1]) : null);
      if (xml) return this.send(req, res, 200, 'application/xml; charset=utf-8', xml);
      return this.notFound(req, res, path);
    }
    const reference = /^\/reports\/([^/]+)\/?$/.exec(path)?.[1];
    if (reference) {
      const byId = reports.find((r) => r.id === reference);
      if (byId) return redirect(res, `/reports/${byId.slug}`);
      if (!reports.some((r) => r.slug === reference)) return this.notFound(req, res, path);
    }
    const area = /^\/areas\/([^/]+)\/?$/.exec(path)?.[1];
    if (area && area !== area.toLowerCase()) return redirect(res, `/areas/${area.toLowerCase()}`);
    const canonical = path.replace(/(.)\/$/, '$1');
    if (canonical !== path) return redirect(res, canonical);
    const page = await this.pages.page(path, reports);
    if (!page) return this.notFound(req, res, path);
    return this.send(req, res, 200, 'text/html; charset=utf-8', this.document(page, origin));
  }

  /** The stored page in the built app's index.html, with this server's origin in its absolute addresses. */
  private document(page: Pick<StoredPage, 'head' | 'body' | 'state'>, origin: string): string {
    const shell = this.readShell()
      .replace(/<title>[^<]*<\/title>/, '')
      .replace('</head>', `${page.head.replaceAll(ORIGIN_PLACEHOLDER, origin)}\n</head>`);
    const state = page.state
      ? `<script type="application/json" id="${SERVER_STATE_ELEMENT_ID}">${page.state}</script>`
      : '';
    return shell.replace(/<div id="root"><\/div>/, () => `<div id="root">${page.body}</div>${state}`);
  }

  /** The app's own "not found" page: a signed-in reader's app may still show them a draft they may see. */
  private async notFound(req: IncomingMessage, res: ServerResponse, path: string) {
    const page = (await this.pages.renderer()).renderNotFoundPage(
      path.startsWith('/reports/') ? '/reports/' : path.startsWith('/areas/') ? '/areas/' : path,
    );
    return this.send(req, res, 404, 'text/html; charset=utf-8', this.document(page, ''));
  }

  /**
   * With a strong ETag (a hash of the bytes sent), so a reader revalidates for a 304 instead of fetching it again;
   * compressed when the request accepts it (the copy kept from an earlier request when there is one).
   */
  private async send(req: IncomingMessage, res: ServerResponse, status: number, type: string, text: string) {
    const identity = Buffer.from(text, 'utf8');
    const identityTag = strongEntityTag(identity);
    const encoding =
      identity.length >= COMPRESSION_THRESHOLD ? preferredEncoding(req.headers['accept-encoding']) : null;
    const etag = encodedEntityTag(identityTag, encoding);
    const headers = {
      'content-type': type,
      'cache-control': 'no-cache',
      etag,
      vary: 'Accept-Encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...SECURITY_HEADERS,
      'content-security-policy': APP_CONTENT_SECURITY_POLICY,
    };
    if (status === 200 && ifNoneMatchHolds(req.headers['if-none-match'] ?? null, etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const bytes = encoding ? await this.compressed.copy(identity, identityTag, encoding) : identity;
    res.writeHead(status, { ...headers, 'content-length': String(bytes.length) });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  private readShell(): string {
    if (!this.boardDir) return BARE_SHELL;
    const file = join(this.boardDir, 'index.html');
    try {
      const { mtimeMs } = statSync(file);
      if (this.shell?.mtimeMs !== mtimeMs) this.shell = { mtimeMs, html: readFileSync(file, 'utf8') };
      return this.shell.html;
    } catch {
      return BARE_SHELL;
    }
  }
}

function originOf(req: IncomingMessage): string {
  const host = req.headers.host ?? 'localhost';
  const secure = req.headers['x-forwarded-proto'] === 'https' || 'encrypted' in req.socket;
  return `${secure ? 'https' : 'http'}://${host}`;
}

function robots(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /graphql',
    'Disallow: /inspector/',
    'Disallow: /area$',
    'Disallow: /area/',
    'Disallow: /sign-in',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(301, { location, 'cache-control': 'public, max-age=3600', ...SECURITY_HEADERS });
  res.end();
}
