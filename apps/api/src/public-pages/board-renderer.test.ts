import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOARD_RENDERER } from '@scrutiny/public-pages';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { BoardRendererLoader, BUILD_BOARD_RENDERER, loadBoardRenderer } from './board-renderer.ts';

const dir = mkdtempSync(join(tmpdir(), 'scrutiny-board-renderer-'));

function moduleFile(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

const renderer = (version: string) =>
  `export const boardRenderer = { version: ${JSON.stringify(version)}, renderPublicPage: async () => null, ` +
  `renderNotFoundPage: () => ({ head: '', body: '', state: '' }), publishedReportList: async () => [] };`;

describe("the board's server renderer", () => {
  it('is loaded from the board build by default, the one the API tests are run after', async () => {
    const { boardRenderer } = readConfig({});
    expect(boardRenderer).toMatch(/apps\/board\/dist-server\/render-page\.js$/);
    const loaded = await loadBoardRenderer(boardRenderer);
    expect(loaded.version).toBe(BOARD_RENDERER);
    const notFound = loaded.renderNotFoundPage('/reports/');
    expect(notFound.head).toContain('<title>Report not found – Scrutiny</title>');
    expect(notFound.body).toContain('not found</h1>');
  });

  it('missing, says how to build it', async () => {
    const missing = join(dir, 'missing.js');
    await expect(loadBoardRenderer(missing)).rejects.toThrow(`${missing} is missing`);
    await expect(loadBoardRenderer(missing)).rejects.toThrow(BUILD_BOARD_RENDERER);
  });

  it('is refused when built from another version of the code', async () => {
    const stale = moduleFile('stale.js', renderer('board-ssr-0'));
    await expect(loadBoardRenderer(stale)).rejects.toThrow(`version board-ssr-0, this API expects ${BOARD_RENDERER}`);
  });

  it('is refused when the module exports no renderer', async () => {
    const other = moduleFile('other.js', 'export const something = 1;');
    await expect(loadBoardRenderer(other)).rejects.toThrow('exports no board renderer');
  });

  it('is tried again after a failed load: the board may be built while the API runs', async () => {
    const path = join(dir, 'later.js');
    const loader = new BoardRendererLoader(path);
    await expect(loader.get()).rejects.toThrow(BUILD_BOARD_RENDERER);
    writeFileSync(path, renderer(BOARD_RENDERER));
    await expect(loader.get()).resolves.toMatchObject({ version: BOARD_RENDERER });
  });
});

describe('a production start', () => {
  it('stops, before opening the database, when the renderer is not built', async () => {
    const missing = join(dir, 'not-built.js');
    const config = { ...readConfig({}), production: true, dataDir: join(dir, 'never-opened'), boardRenderer: missing };
    await expect(createApp(config)).rejects.toThrow(`${missing} is missing. Build it with: ${BUILD_BOARD_RENDERER}`);
  });
});
