// The yoga instance, apart from the listener: tests call `yoga.fetch` with no port.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { readCookie, SESSION_COOKIE, viewerForToken } from './auth/sessions.ts';
import { createContext, type AppServices, type Context } from './context.ts';
import { AppError } from './errors.ts';
import { useReportExports } from './exports/report-exports.ts';

const pendingCookies = new WeakMap<Request, string[]>();

/** Set-Cookie headers queued by resolvers reach the response here. */
function useResponseCookies(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const cookie of pendingCookies.get(request) ?? []) response.headers.append('set-cookie', cookie);
    },
  };
}

export function createScrutinyYoga(app: AppServices, schema: GraphQLSchema) {
  const yoga: YogaServerInstance<Record<string, unknown>, Context> = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: !app.config.production,
    // Expected failures keep their message and code; anything else is masked.
    maskedErrors: {
      maskError: (error, message) => {
        const original = (error as { originalError?: unknown }).originalError;
        if (error instanceof AppError) return error;
        if (original instanceof AppError) return original;
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'GRAPHQL_VALIDATION_FAILED')
          return error as Error;
        return new Error(message);
      },
    },
    batching: { limit: 5 },
    context: async ({ request }) => {
      const token =
        readCookie(request.headers.get('cookie'), SESSION_COOKIE) ?? bearer(request.headers.get('authorization'));
      const viewer = token ? await viewerForToken(app.prisma, token) : null;
      const setCookie = (cookie: string) => {
        const list = pendingCookies.get(request) ?? [];
        list.push(cookie);
        pendingCookies.set(request, list);
      };
      return createContext(app, request, viewer, token, setCookie);
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 15 },
        maxDirectives: { n: 10 },
        maxTokens: { n: 4000 },
        // Cost grows with depth: a factor of 1.2 per level keeps the apps' nested reads (inspection → case files →
        // answers) well inside while refusing fanned-out documents.
        costLimit: { maxCost: 50000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.2 },
        blockFieldSuggestion: { enabled: true },
      }),
      useResponseCookies(),
      useReadinessCheck({ endpoint: '/readyz', check: () => app.isReady() }),
      // Downloads read the report through this same yoga instance, as an anonymous reader.
      useReportExports(
        app.plugins,
        () => (input: string, init: RequestInit) => Promise.resolve(yoga.fetch(input, init)),
      ),
    ],
  });
  return yoga;
}

function bearer(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  return match?.[1] ?? null;
}
