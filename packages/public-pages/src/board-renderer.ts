// The contract between the board's server renderer and the API (issue 20): the board builds its renderer as an ES
// module (`apps/board/dist-server/render-page.js`, exporting `boardRenderer`), and the API loads that file at run time
// by path and serves what it renders. Neither imports the other's code; both import this. Types and constants only.

/**
 * What made a page: a stored page made by another version is made again (its markup must match what this version of
 * the app hydrates). Change it whenever a public page's components change what they draw. The API also refuses a
 * built renderer that names another version: it was built from other code than the API runs with.
 */
export const BOARD_RENDERER = 'board-ssr-4';

/** Stands for the server's origin in stored pages (the API puts its own in when it serves them). */
export const ORIGIN_PLACEHOLDER = 'https://scrutiny.invalid';

/** The id of the `<script type="application/json">` that carries a page's answers, read by the app as it takes over. */
export const SERVER_STATE_ELEMENT_ID = 'scrutiny-state';

/** Reaches the API's /graphql: the API passes its own yoga, as an anonymous reader (no cookie). */
export type GraphQLFetch = typeof fetch;

export interface RenderedPage {
  /** Tags for <head>; absolute addresses start with ORIGIN_PLACEHOLDER, replaced when served. */
  head: string;
  /** The markup of the app's root element. */
  body: string;
  /** The answers the page was rendered from, as JSON for <script type="application/json">. */
  state: string;
}

/** A published inspection as the public sees it, with its readable address (`/reports/<slug>`). */
export interface PublishedReportEntry {
  /** The GraphQL global id. */
  id: string;
  title: string;
  year: number;
  kind: 'FULL' | 'FOLLOW_UP';
  publishedAt: string | null;
  area: { id: string; code: string; name: string; region: string };
  /** The domain's `reportSlug`: area code, year, kind. */
  slug: string;
}

/** What the built renderer module exports as `boardRenderer`. */
export interface BoardRenderer {
  /** The version its pages are stored under; equal to this package's BOARD_RENDERER when built from the same code. */
  version: string;
  /**
   * Renders a public page as an anonymous reader sees it. Null for an address that is not a public page of a
   * published inspection.
   */
  renderPublicPage(path: string, fetch: GraphQLFetch): Promise<RenderedPage | null>;
  /** The app's own "not found" page, the same whatever the address names; fetches nothing. */
  renderNotFoundPage(path: string): RenderedPage;
  /** Every published inspection, read page after page as an anonymous reader, each with its slug. */
  publishedReportList(fetch: GraphQLFetch): Promise<PublishedReportEntry[]>;
}
