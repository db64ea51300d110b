// An exception while resolving (here: the database gone) reaches the client as a masked error that names no
// internals, and the server keeps answering.
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing/harness.ts';

describe('masked errors', () => {
  it('hides what went wrong inside, and says only that something did', async () => {
    // Without the response cache, which would rightly answer the repeated read from what it kept.
    const api = await startTestApi({ config: { responseCacheSeconds: 0 } });
    const before = await api.gql<{ areas: unknown[] }>('{ areas { name } }');
    expect(before.errors).toBeUndefined();

    await api.app.db.close();
    const after = await api.gql('{ areas { name } }');
    expect(after.errors?.length).toBeGreaterThan(0);
    const text = JSON.stringify(after.errors);
    expect(text).toMatch(/Unexpected error/);
    expect(text).not.toMatch(/prisma|pglite|closed|sql|stack/i);

    const parseError = await api.gql('{ areas { ');
    expect(parseError.errors?.[0]?.message).toMatch(/Syntax Error/);
  }, 120_000);
});
