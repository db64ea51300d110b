// Public pages rendered on the server with the board app's own components (issue 20): the list of published
// reports (`/`), an area's page (`/areas/<code>`) and a published report (`/reports/<slug>`). Built on its own
// (`vite build --ssr`, apps/board/dist-server/render-page.js), it is loaded by the API at run time by path and called
// at publication, its result stored; the browser shows it with JavaScript off, and the app takes it over (hydrates)
// from the answers it carries, without fetching or drawing it again. The contract is @scrutiny/public-pages.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { createRequest, Provider, ssrExchange } from 'urql';
import { buildReport } from '@scrutiny/domain';
import { createScrutinyClient } from '@scrutiny/graphql-client';
import {
  BOARD_RENDERER,
  type BoardRenderer,
  type GraphQLFetch,
  type PublishedReportEntry,
  type RenderedPage,
} from '@scrutiny/public-pages';
import { App } from '../App.tsx';
import { Layout } from '../components/Layout.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { reportVariables } from '../pages/report/inspection.ts';
import { ReportQuery, ViewerQuery } from '../queries.ts';
import { serverStateJson } from '../server-state.ts';
import { publishedReportList } from './published-list.ts';
import { pageHead, type PageHead } from './page-head.ts';

/**
 * Renders a public page as an anonymous reader sees it. `fetch` reaches the API's /graphql (the API passes its own
 * yoga, with no cookie). Returns null for an address that is not a public page of a published inspection.
 */
export async function renderPublicPage(path: string, fetch: GraphQLFetch): Promise<RenderedPage | null> {
  const reports = await publishedReportList(fetch);
  const head = headFor(path, reports);
  if (!head) return null;
  const ssr = ssrExchange({ isClient: false });
  const client = createScrutinyClient({
    url: 'http://scrutiny.internal/graphql',
    fetch,
    suspense: true,
    exchanges: [ssr],
  });
  const page = (
    <StrictMode>
      <Provider value={client}>
        <StaticRouter location={path}>
          <App />
        </StaticRouter>
      </Provider>
    </StrictMode>
  );
  // First pass: waits for every query and every page's code. Its output is not used: React writes boundaries that
  // waited as hidden parts revealed by inline script, which a reader without JavaScript (and the CSP) never runs.
  const { prelude } = await prerenderToNodeStream(page);
  for await (const chunk of prelude) void chunk;
  // Second pass: everything is at hand now, so the whole page comes out in place, in one string.
  const markup = renderToString(page);
  if (markup.includes('<!--$!-->')) throw new Error(`${path}: part of the page waited for data a second time`);
  // Who is signed in is not part of a public page: the app asks for it once it has taken the page over.
  const viewerKey = String(createRequest(ViewerQuery, {}).key);
  const state = Object.fromEntries(Object.entries(ssr.extractData()).filter(([key]) => key !== viewerKey));
  if (head.kind === 'report') head.summary = await comparisonSummary(client, head.report.id);
  // React writes the components' <title> first; the page's <head> carries it (and more) instead.
  const body = markup.replace(/^(?:<title>[^<]*<\/title>|<meta [^>]*>|<link [^>]*>)+/, '');
  return { head: pageHead(head), body, state: serverStateJson(state) };
}

/** "Against the original inspection: …" from the report model, for the description. */
async function comparisonSummary(client: ReturnType<typeof createScrutinyClient>, id: string) {
  const result = await client.query(ReportQuery, reportVariables(id)).toPromise();
  const inspection = result.data?.inspection;
  if (!inspection) return undefined;
  const report = buildReport({
    ...inspection,
    measureResults: [...inspection.measureResults, ...inspection.subsampleMeasures],
  });
  const comparison = report.summary.comparison;
  return comparison
    ? `Against the ${report.labels.original.toLowerCase()}: ${comparison.summary} (${comparison.improved} improved, ${comparison.deteriorated} deteriorated, ${comparison.unchanged} unchanged)`
    : undefined;
}

function headFor(path: string, reports: readonly PublishedReportEntry[]): PageHead | null {
  if (path === '/') return { kind: 'home', path, reports };
  const area = /^\/areas\/([a-z0-9-]+)$/.exec(path)?.[1];
  if (area) {
    const ofArea = reports.filter((r) => r.area.code.toLowerCase() === area);
    return ofArea[0] ? { kind: 'area', path, reports: ofArea } : null;
  }
  const slug = /^\/reports\/([a-z0-9-]+)$/.exec(path)?.[1];
  const report = slug ? reports.find((r) => r.slug === slug) : undefined;
  return report ? { kind: 'report', path, report } : null;
}

/**
 * The page for an address with nothing public at it: the app's own "not found" page, the same whatever the address
 * names (an unpublished inspection's address says no more than a made-up one). No data is fetched for it.
 */
export function renderNotFoundPage(path: string): RenderedPage {
  const what = path.startsWith('/reports/') ? 'Report' : path.startsWith('/areas/') ? 'Area' : 'Page';
  const anonymous: typeof fetch = () =>
    Promise.resolve(new Response('{"data":{"viewer":null}}', { headers: { 'content-type': 'application/json' } }));
  const client = createScrutinyClient({ url: 'http://scrutiny.internal/graphql', fetch: anonymous });
  const markup = renderToString(
    <StrictMode>
      <Provider value={client}>
        <StaticRouter location={path}>
          <Layout>
            <NotFoundPage what={what} />
          </Layout>
        </StaticRouter>
      </Provider>
    </StrictMode>,
  );
  const title = `${what} not found – Scrutiny`;
  return {
    head: `<title>${title}</title>\n<meta name="robots" content="noindex">`,
    body: markup.replace(/^(?:<title>[^<]*<\/title>)+/, ''),
    state: '',
  };
}

/** What the API loads from the built module: checked against the contract here, so the build keeps it. */
export const boardRenderer = {
  version: BOARD_RENDERER,
  renderPublicPage,
  renderNotFoundPage,
  publishedReportList,
} satisfies BoardRenderer;
