// `pnpm start` runs the API with tsx. The public pages are drawn on the server with the board's components and
// @scrutiny/ui's; a component compiled for the classic JSX runtime fails with "React is not defined" (every public
// page once answered 500 that way). The API no longer compiles any JSX itself: it loads the board's built renderer
// (apps/board/dist-server, built by vite with the automatic runtime) by path. This runs the API's own loader under tsx,
// as `pnpm start` does, and draws a page that holds @scrutiny/ui's components.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const API_DIR = fileURLToPath(new URL('../../', import.meta.url));

describe('the API process as `pnpm start` runs it (tsx)', () => {
  it('draws the public pages, which are made of @scrutiny/ui’s components, with the built renderer', () => {
    const script = [
      "const { readConfig } = await import('./src/env.ts');",
      "const { loadBoardRenderer } = await import('./src/public-pages/board-renderer.ts');",
      'const renderer = await loadBoardRenderer(readConfig({}).boardRenderer);',
      "const page = renderer.renderNotFoundPage('/reports/');",
      'console.log(page.body.includes("not found</h1>") ? "drawn" : "not drawn");',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: API_DIR,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).not.toContain('React is not defined');
    expect(run.stdout.trim()).toBe('drawn');
  });
});
