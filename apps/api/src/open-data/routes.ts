// GET /open-data/ (an index page listing the files, the licence and the releases), /open-data/figures.csv, .json and
// .xlsx (the stored bytes of the current release, with an ETag), and /open-data/releases (the release log as JSON).
// Public, like the published reports; the page needs no script at all.
import type { Plugin } from 'graphql-yoga';
import { OPEN_DATA_FILES, type NationalOpenData, type OpenDataEdition } from './national-open-data.ts';

export const OPEN_DATA_PATH = '/open-data/';

const CACHE = 'public, max-age=60, must-revalidate';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function plain(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers },
  });
}

function licenceLink(edition: OpenDataEdition): string {
  return `<${edition.licence.url}>; rel="license"`;
}

export function indexPage(edition: OpenDataEdition): string {
  const files = edition.files
    .map((file) => {
      const format = OPEN_DATA_FILES.find((f) => f.name === file.name)?.format ?? '';
      return `<li><a href="${OPEN_DATA_PATH}${file.name}">${file.name}</a> (${format}, ${file.content.byteLength.toLocaleString('en-GB')} bytes)</li>`;
    })
    .join('\n      ');
  const releases = edition.releases
    .map(
      (r) =>
        `<li><time datetime="${escapeHtml(r.at)}">${escapeHtml(r.at.slice(0, 10))}</time>: ${r.change === 'PUBLISHED' ? 'published' : 'corrected'} ${escapeHtml(r.title)} (${escapeHtml(r.areaCode)}, ${r.year})</li>`,
    )
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Open data: every published figure</title>
  </head>
  <body>
    <main>
      <h1>Open data: every published figure</h1>
      <p>Every published figure of every published inspection (${edition.inspections}), one row per figure per
      subsample, in the layout <code>${escapeHtml(edition.layout)}</code>. Each row's <code>figure_id</code> is the
      <code>figureId</code> of the same figure in the GraphQL API (<a href="/graphql/schema.graphql">schema</a>).</p>
      <p>Licence: <a rel="license" href="${escapeHtml(edition.licence.url)}">${escapeHtml(edition.licence.name)}</a>.
      Written ${escapeHtml(edition.generatedAt)}.</p>
      <h2>Files</h2>
      <ul>
      ${files}
      </ul>
      <h2>Releases</h2>
      <p>Also as JSON: <a href="${OPEN_DATA_PATH}releases">releases</a>.</p>
      <ul>
      ${releases || '<li>Nothing published yet.</li>'}
      </ul>
    </main>
  </body>
</html>
`;
}

export function useOpenData(openData: NationalOpenData): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== '/open-data' && !url.pathname.startsWith(OPEN_DATA_PATH)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(plain(405, 'Open data is read with GET.', { allow: 'GET, HEAD' }));
        return;
      }
      if (url.pathname === '/open-data') {
        endResponse(new Response(null, { status: 308, headers: { location: OPEN_DATA_PATH } }));
        return;
      }
      const name = url.pathname.slice(OPEN_DATA_PATH.length);
      if (name !== '' && name !== 'releases' && !OPEN_DATA_FILES.some((f) => f.name === name)) {
        endResponse(plain(404, `No such file: the files are listed at ${OPEN_DATA_PATH}.`));
        return;
      }
      const edition = await openData.current();
      const head = request.method === 'HEAD';
      if (name === '' || name === 'releases') {
        const body =
          name === ''
            ? indexPage(edition)
            : `${JSON.stringify({ layout: edition.layout, licence: edition.licence, generatedAt: edition.generatedAt, releases: edition.releases }, null, 2)}\n`;
        endResponse(
          new Response(head ? null : body, {
            status: 200,
            headers: {
              'content-type': name === '' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
              'cache-control': CACHE,
              link: licenceLink(edition),
              'x-content-type-options': 'nosniff',
            },
          }),
        );
        return;
      }
      const file = edition.files.find((f) => f.name === name)!;
      const headers = {
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="scrutiny-${file.name}"`,
        etag: file.etag,
        'cache-control': CACHE,
        link: licenceLink(edition),
        'last-modified': new Date(edition.generatedAt).toUTCString(),
        'x-content-type-options': 'nosniff',
      };
      if (request.headers.get('if-none-match') === file.etag) {
        endResponse(new Response(null, { status: 304, headers }));
        return;
      }
      endResponse(new Response(head ? null : (file.content as BodyInit), { status: 200, headers }));
    },
  };
}
