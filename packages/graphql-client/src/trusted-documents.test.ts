// The client sends a document's hash, never its text, and the hash is the one the manifest script computes for it:
// if the cache's formatting and the manifest's ever drifted apart, every signed-in request would be refused.
import { describe, expect, it } from 'vitest';
import { createScrutinyClient } from './client.ts';
import { graphql } from './graphql.ts';
import { sha256Hex, trustedDocumentText } from './trusted-documents.ts';

const AreaScores = graphql(`
  query AreaScores($code: String!) {
    area(code: $code) {
      id
      name
      inspections(last: 1) {
        edges {
          node {
            id
            criterionScores {
              code
              percentage
            }
          }
        }
      }
    }
  }
`);

const SignIn = graphql(`
  mutation SignIn($input: MutationSignInInput!) {
    signIn(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

function recordingClient() {
  const bodies: Record<string, unknown>[] = [];
  const client = createScrutinyClient({
    url: 'http://scrutiny.test/graphql',
    fetch: async (_input, init) => {
      bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
      return new Response(JSON.stringify({ data: null, errors: [{ message: 'recorded' }] }), {
        headers: { 'content-type': 'application/json' },
      });
    },
  });
  return { client, bodies };
}

describe('trusted documents', () => {
  it('a query goes by POST as the hash the manifest lists, without its text', async () => {
    const { client, bodies } = recordingClient();
    await client.query(AreaScores, { code: 'WMPA' }).toPromise();
    expect(bodies).toHaveLength(1);
    const [body] = bodies;
    expect(body).not.toHaveProperty('query');
    expect(body?.variables).toEqual({ code: 'WMPA' });
    expect(body?.extensions).toEqual({
      persistedQuery: { version: 1, sha256Hash: await sha256Hex(trustedDocumentText(AreaScores)) },
    });
    // The manifest's text is what the cache sends: every selection asks for __typename.
    expect(trustedDocumentText(AreaScores)).toMatch(/criterionScores \{\s+code\s+percentage\s+__typename/);
  });

  it('so does a mutation', async () => {
    const { client, bodies } = recordingClient();
    await client.mutation(SignIn, { input: { email: 'a@b.example', password: 'x' } }).toPromise();
    expect(bodies[0]).not.toHaveProperty('query');
    expect((bodies[0]?.extensions as { persistedQuery: { sha256Hash: string } }).persistedQuery.sha256Hash).toBe(
      await sha256Hex(trustedDocumentText(SignIn)),
    );
  });
});
