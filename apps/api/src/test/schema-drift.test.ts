import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSortedSchema } from '../schema/index.ts';

describe('the committed schema', () => {
  it('is the schema the API serves (run `pnpm --filter @scrutiny/api run schema:print` after changing it)', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(printSortedSchema()).toBe(committed);
  });
});
