// `pnpm start` runs the API with tsx, which compiles each file with the API's tsconfig only when that tsconfig
// includes it. The public pages are drawn on the server with the board's components and @scrutiny/ui's: a file left
// out is compiled for the classic JSX runtime and fails with "React is not defined" (every public page answered 500).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const API_DIR = fileURLToPath(new URL('../../', import.meta.url));

describe('the API process as `pnpm start` runs it (tsx)', () => {
  it('draws @scrutiny/ui’s components, which the public pages are made of', () => {
    const script = [
      "const { InlineMarkdown } = await import('../../packages/ui/src/text/Markdown.tsx');",
      "const { TableRegion } = await import('../../packages/ui/src/tables/TableRegion.tsx');",
      "const drawn = InlineMarkdown({ source: 'a *published* report' });",
      'console.log(drawn.type === Symbol.for("react.fragment") && typeof TableRegion === "function" ? "drawn" : "not drawn");',
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
