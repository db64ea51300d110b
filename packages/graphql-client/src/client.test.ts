import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScrutinyClient } from './client.ts';
import { graphql } from './graphql.ts';

// A framework's rating bands have no id of their own: the normalised cache must keep them inside the framework
// without the "no key could be generated" warning it prints for a type it was not told about.
const FrameworkBands = graphql(`
  query FrameworkBands {
    frameworks {
      id
      ratingBands {
        from
        label
      }
    }
  }
`);

const answer = {
  data: {
    frameworks: [
      {
        __typename: 'Framework',
        id: 'RnJhbWV3b3JrOjE=',
        ratingBands: [{ __typename: 'RatingBand', from: 0.75, label: 'Good' }],
      },
    ],
  },
};

afterEach(() => vi.restoreAllMocks());

describe('the client’s normalised cache', () => {
  it('keeps objects without an id inside their parent, without a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const client = createScrutinyClient({
      url: 'http://127.0.0.1:9/graphql',
      // The network is the one thing replaced: the answer is what the API sends for this document.
      fetch: async () => new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } }),
    });
    const result = await client.query(FrameworkBands, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.frameworks[0]?.ratingBands).toMatchObject([{ from: 0.75, label: 'Good' }]);
    expect(
      warn.mock.calls.map((call) => String(call[0])).filter((message) => /no key could be generated/.test(message)),
    ).toEqual([]);
  });
});
