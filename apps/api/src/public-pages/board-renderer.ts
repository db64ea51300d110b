// The board's server renderer, loaded at run time from its build (`apps/board/dist-server/render-page.js`, or
// SCRUTINY_BOARD_RENDERER), the way the API serves the board's built files: the API imports no app's code, only the
// contract both sides share (@scrutiny/public-pages). In production a missing or stale build stops the start; in
// development and tests the API starts without one, and only a public page asks for it, saying how to build it.
import { access } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { BOARD_RENDERER, type BoardRenderer } from '@scrutiny/public-pages';

export const BUILD_BOARD_RENDERER = 'npx -y pnpm@12.21.0 exec turbo run build --filter=@scrutiny/board';

export class BoardRendererUnavailableError extends Error {
  override name = 'BoardRendererUnavailableError';
}

/** Loads and checks the built renderer module at `path`. */
export async function loadBoardRenderer(path: string): Promise<BoardRenderer> {
  try {
    await access(path);
  } catch {
    throw new BoardRendererUnavailableError(
      `The board's server renderer is not built: ${path} is missing. Build it with: ${BUILD_BOARD_RENDERER}`,
    );
  }
  const module = (await import(pathToFileURL(path).href)) as { boardRenderer?: Partial<BoardRenderer> };
  const renderer = module.boardRenderer;
  if (
    typeof renderer?.renderPublicPage !== 'function' ||
    typeof renderer.renderNotFoundPage !== 'function' ||
    typeof renderer.publishedReportList !== 'function' ||
    typeof renderer.version !== 'string'
  ) {
    throw new BoardRendererUnavailableError(`${path} exports no board renderer (\`boardRenderer\`).`);
  }
  // Built from other code than the API runs with: its pages would be stored under the wrong version.
  if (renderer.version !== BOARD_RENDERER) {
    throw new BoardRendererUnavailableError(
      `The board's server renderer at ${path} is version ${renderer.version}, this API expects ${BOARD_RENDERER}. ` +
        `Build it again with: ${BUILD_BOARD_RENDERER}`,
    );
  }
  return renderer as BoardRenderer;
}

/**
 * The renderer as the API holds it: loaded at start in production (`required`), so a missing build stops the start;
 * otherwise at its first use, each failed load tried again (the board may be built while the API runs).
 */
export class BoardRendererLoader {
  private loading: Promise<BoardRenderer> | null = null;

  constructor(private readonly path: string) {}

  get(): Promise<BoardRenderer> {
    if (!this.loading) {
      const loading = loadBoardRenderer(this.path);
      this.loading = loading;
      loading.catch(() => {
        if (this.loading === loading) this.loading = null;
      });
    }
    return this.loading;
  }
}
