// Starts the API on a fresh database (in-memory PGlite, or a fresh PostgreSQL database when DATABASE_URL is set)
// and talks to it through real HTTP requests handled by yoga.fetch, as any client would.
import { createTestDb, testDatabaseKinds } from '@scrutiny/db/testing';
import { createApp, type ScrutinyApp } from '../app.ts';
import { readConfig, type Config } from '../env.ts';
import { seedReferenceData } from '../seed/seed-reference.ts';
import { referenceSeed } from '../seed/reference-seed.ts';

export const DEMO_PASSWORD = 'scrutiny-demo';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestApi {
  app: ScrutinyApp;
  /** Sends one GraphQL request; `as` is a session cookie from signIn. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** Signs a demo user in and returns the session cookie to pass as `as`. */
  signIn(email: string, password?: string): Promise<string>;
  /** Counts the SQL statements run while `work` runs. */
  countQueries<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }>;
  close(): Promise<void>;
}

export async function startTestApi(options: { seed?: boolean; config?: Partial<Config> } = {}): Promise<TestApi> {
  // PostgreSQL when DATABASE_URL is set (CI's second pass), the embedded PGlite otherwise.
  const db = await createTestDb(testDatabaseKinds.includes('postgres') ? 'postgres' : 'pglite');
  const config = { ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }), secureCookies: false, ...options.config };
  const app = await createApp(config, { db });
  if (options.seed) await seedReferenceData(db.prisma, app.services.frameworks, referenceSeed());

  const gql: TestApi['gql'] = async (query, variables, as) => {
    const response = await app.yoga.fetch('http://scrutiny.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(as ? { cookie: as } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<never>;
  };

  const signIn = async (email: string, password = DEMO_PASSWORD) => {
    const response = await app.yoga.fetch('http://scrutiny.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        query:
          'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename ... on Error { message } } }',
        variables: { input: { email, password } },
      }),
    });
    const body = (await response.json()) as GraphQLResponse<{ signIn: { __typename: string; message?: string } }>;
    const cookie = response.headers.get('set-cookie');
    if (body.data?.signIn.__typename !== 'MutationSignInSuccess' || !cookie)
      throw new Error(`sign-in failed for ${email}: ${JSON.stringify(body)}`);
    return cookie.split(';')[0]!;
  };

  const countQueries: TestApi['countQueries'] = async (work) => {
    let statements = 0;
    const stop = db.onQuery(() => {
      statements += 1;
    });
    try {
      const result = await work();
      return { result, statements };
    } finally {
      stop();
    }
  };

  return { app, gql, signIn, countQueries, close: () => app.close() };
}
