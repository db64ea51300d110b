// The yoga instance, apart from the listener: tests call `yoga.fetch` with no port.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { PothosValidationError } from '@pothos/core';
import { useIntrospectionForSignedInOnly } from './armor/introspection-for-signed-in.ts';
import { useRepeatedFieldsLimit } from './armor/repeated-fields.ts';
import { useCostTiers } from './armor/cost-tiers.ts';
import { armorProtections, useRefusalCodes } from './armor/limits.ts';
import { useInputChecks } from './armor/input-checks.ts';
import { loadTrustedDocuments, useTrustedDocuments } from './armor/trusted-documents.ts';
import type { IncomingMessage } from 'node:http';
import { apiTokenHolder, isApiToken, type ApiTokenHolder } from './auth/api-tokens.ts';
import type { Viewer } from './access/viewer.ts';
import { hashToken, readCookie, SESSION_COOKIE } from './auth/sessions.ts';
import { createContext, type AppServices, type Context } from './context.ts';
import { AppError, ErrorCode } from './errors.ts';
import { yogaLogger } from './observability/logger.ts';
import { createMetrics, METRICS_ENDPOINT } from './observability/metrics.ts';
import { useReportExports } from './exports/downloads.ts';
import { requestClientAddress, trustedProxies } from './http/client-address.ts';
import { corsForAllowedOrigins, useVaryOnOrigin } from './http/cors.ts';
import { useSecurityHeaders } from './http/security-headers.ts';
import { useMetricsAccess } from './http/metrics-access.ts';
import { usePublishedSchema } from './http/published-schema.ts';
import { useGraphiQL } from './http/graphiql.ts';
import { createUsageReport } from './http/usage-report.ts';
import { useOpenData } from './open-data/routes.ts';
import { mustEnrolTwoFactor, useTwoFactorEnrolmentGate } from './auth/two-factor-enrolment-gate.ts';
import { useSingleSignOn } from './auth/single-sign-on-routes.ts';
import { useCompiledTrustedDocuments } from './armor/compiled-execution.ts';
import { useGenerationRaise, usePublishedFiguresCache } from './response-cache/plugin.ts';

const pendingCookies = new WeakMap<Request, string[]>();

/** The case files an operation read reach the audit log in one insert once it is done. */
function useCaseFileReadAudit(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone: async ({ args }) => {
          const ctx = args.contextValue as Context;
          await ctx.caseFileReads.flush(ctx.sql, ctx.viewer);
        },
      };
    },
  };
}

/** Set-Cookie headers queued by resolvers reach the response here. */
function useResponseCookies(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const cookie of pendingCookies.get(request) ?? []) response.headers.append('set-cookie', cookie);
    },
  };
}

interface Caller {
  viewer: Viewer | null;
  apiToken: ApiTokenHolder | null;
  sessionToken: string | null;
}

export function createScrutinyYoga(app: AppServices, schema: GraphQLSchema) {
  const metrics = createMetrics();
  const proxies = trustedProxies(app.config.trustedProxies);
  const trusted = loadTrustedDocuments(app.config.trustedDocumentManifests, app.logger);
  const usage = createUsageReport({ costLimits: app.config.costLimits, trusted });
  // Who calls is looked up once per request: the trusted-documents check (before parsing) and the context share it.
  const callers = new WeakMap<Request, Promise<Caller>>();
  const callerOf = (request: Request): Promise<Caller> => {
    let caller = callers.get(request);
    if (!caller) {
      caller = resolveCaller(request);
      callers.set(request, caller);
    }
    return caller;
  };
  const resolveCaller = async (request: Request): Promise<Caller> => {
    const presented = bearer(request.headers.get('authorization'));
    // An API token (scr_…) in the Authorization header; otherwise a session, from the cookie or the header.
    const apiToken = presented && isApiToken(presented) ? await apiTokenHolder(app.prisma, presented) : null;
    if (presented && isApiToken(presented) && !apiToken) throw new InvalidApiTokenError();
    const sessionToken = apiToken ? null : (readCookie(request.headers.get('cookie'), SESSION_COOKIE) ?? presented);
    const viewer = sessionToken ? await app.sessions.viewerFor(hashToken(sessionToken)) : null;
    return { viewer, apiToken, sessionToken };
  };
  // Only callers over the network are limited: in-process calls (exports reading the report) have no socket.
  const limitCaller = async (
    { viewer, apiToken }: Pick<Awaited<ReturnType<typeof callerOf>>, 'viewer' | 'apiToken'>,
    req: IncomingMessage | undefined,
  ) => {
    if (viewer || !req) return null;
    return app.rateLimiter.check(
      apiToken
        ? { kind: 'token', tokenId: apiToken.id }
        : { kind: 'anonymous', address: requestClientAddress(req, proxies) },
    );
  };
  const yoga: YogaServerInstance<Record<string, unknown>, Context> = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Liveness: the process answers; readiness (/readyz, below) also needs the database.
    healthCheckEndpoint: '/healthz',
    logging: yogaLogger(app.logger),
    landingPage: false,
    cors: corsForAllowedOrigins(app.config.allowedOrigins),
    // GraphiQL is served from the project's own assets (http/graphiql.ts), not yoga's CDN page.
    graphiql: false,
    // Expected failures keep their message and code; anything else is masked.
    maskedErrors: {
      // GraphQL's own refusals (parse, validation, limits, wrong method) carry no original exception and say
      // nothing secret; an exception thrown while resolving is masked.
      maskError: (error, message) => {
        const original = (error as { originalError?: unknown }).originalError;
        if (error instanceof AppError) return error;
        // A located expected failure (a refused subscription, a refused field) already carries the AppError's code:
        // returning it unchanged keeps its path and tells yoga it is not an unexpected error worth logging.
        if (original instanceof AppError) return error as Error;
        // A malformed global ID, or one of the wrong type, is bad input like any other: say so with a code.
        if (original instanceof PothosValidationError && error instanceof GraphQLError)
          return new GraphQLError(error.message, {
            nodes: error.nodes,
            path: error.path,
            extensions: { ...error.extensions, code: ErrorCode.INVALID_INPUT },
          });
        if (error instanceof GraphQLError && (original === undefined || original instanceof GraphQLError)) return error;
        return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    batching: { limit: 5 },
    context: async ({ request, req }) => {
      const { viewer, apiToken, sessionToken } = await callerOf(request);
      const clientAddress = req ? requestClientAddress(req as IncomingMessage | undefined, proxies) : 'in-process';
      const setCookie = (cookie: string) => {
        const list = pendingCookies.get(request) ?? [];
        list.push(cookie);
        pendingCookies.set(request, list);
      };
      return createContext(app, request, { viewer, apiToken, sessionToken, clientAddress }, setCookie);
    },
    plugins: [
      useTwoFactorEnrolmentGate(),
      useCaseFileReadAudit(),
      EnvelopArmorPlugin(armorProtections(app.config.costLimits.standard)),
      useRefusalCodes(),
      // A request a browser sends cross-site without a preflight (a form post, a plain GET) must carry a header
      // only a same-origin script can set; JSON posts are always preflighted.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      useTrustedDocuments({
        mode: app.config.trustedDocuments,
        documents: trusted,
        isSignedIn: async (request) => (await callerOf(request)).viewer !== null,
      }),
      // Each operation counts against the caller's rate limit before anything answers it, the response cache too.
      {
        onParams: async ({ request, context }) => {
          const budget = await limitCaller(await callerOf(request), (context as { req?: IncomingMessage }).req);
          if (budget) usage.remember(request, budget);
        },
      },
      useRepeatedFieldsLimit(),
      useInputChecks(),
      // Anonymous callers' own documents have a lower cost limit than the apps' and token holders'.
      useCostTiers({ limits: app.config.costLimits, trusted }),
      useIntrospectionForSignedInOnly(),
      usePublishedSchema(schema),
      useGraphiQL(schema),
      useOpenData(app.openData),
      useSingleSignOn(app),
      usage.plugin,
      // Compiled execution (graphql-jit) for the apps' trusted documents run by signed-in people, compiled once per
      // document; anything else, or anything it cannot compile, runs on graphql-js.
      useCompiledTrustedDocuments(trusted, app.logger),
      // After the usage report, so a kept answer carries its cost; after the trusted documents, so it is keyed by text.
      ...(app.config.responseCacheSeconds > 0
        ? usePublishedFiguresCache({
            ttlSeconds: app.config.responseCacheSeconds,
            generation: app.cacheGeneration,
            redis: app.responseCacheRedis,
            prisma: app.prisma,
            schema,
            logger: app.logger,
            callerOf,
            mustEnrolTwoFactor: (viewer) => mustEnrolTwoFactor({ viewer, config: app.config }),
            overNetwork: (serverContext) => Boolean((serverContext as { req?: unknown }).req),
          })
        : []),
      useGenerationRaise(app.cacheGeneration),
      useResponseCookies(),
      useVaryOnOrigin(),
      useSecurityHeaders(),
      useReadinessCheck({ endpoint: '/readyz', check: () => app.isReady() }),
      useMetricsAccess({ endpoint: METRICS_ENDPOINT, ...app.config.metrics, proxies }),
      metrics.plugin,
      // Downloads read the report through this same yoga instance, as an anonymous reader; callers count as here.
      useReportExports({
        plugins: app.plugins,
        prisma: app.prisma,
        fetch: () => (input: string, init: RequestInit) => Promise.resolve(yoga.fetch(input, init)),
        limit: async (request, server) => {
          await limitCaller(await callerOf(request), (server as { req?: IncomingMessage } | undefined)?.req);
        },
        licence: app.config.openDataLicence,
      }),
    ],
  });
  return yoga;
}

class InvalidApiTokenError extends GraphQLError {
  constructor() {
    super('This API token is not valid, or it was revoked.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}

function bearer(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  return match?.[1] ?? null;
}
