import type { Mailer } from './services/mail.ts';
import type { PublicPages } from './public-pages/page-store.ts';
import type { PrismaClient, SqlExecutor } from '@scrutiny/db';
import type { PublishedReportModel } from '@scrutiny/domain';
import { CaseFileAccess } from './access/case-file-access.ts';
import { seesUndisclosedFigures } from './access/checks.ts';
import type { Viewer } from './access/viewer.ts';
import type { ApiTokenHolder } from './auth/api-tokens.ts';
import type { SessionCache } from './auth/session-cache.ts';
import type { RateLimiter } from './http/rate-limit.ts';
import type { Config } from './env.ts';
import type { Logger } from './observability/logger.ts';
import type { FrameworkRegistry } from './plugins/framework-registry.ts';
import type { LoadedPlugin } from './plugins/load-plugins.ts';
import type { LiveEvents } from './services/live.ts';
import type { NationalOpenData } from './open-data/national-open-data.ts';
import type { Redis } from 'ioredis';
import type { CacheGeneration } from './response-cache/generation.ts';
import { CaseFileReadLog } from './services/audit.ts';
import { ScoreLoader } from './services/score-loader.ts';
import type { KeptNationalPictures } from './services/kept-national-pictures.ts';

/** What lives for the whole process: shared by every request. */
export interface AppServices {
  prisma: PrismaClient;
  /** The hot statements' way to the database, beside Prisma (packages/db sql-executor.ts). */
  sql: SqlExecutor;
  config: Config;
  frameworks: FrameworkRegistry;
  plugins: readonly LoadedPlugin[];
  logger: Logger;
  rateLimiter: RateLimiter;
  /** Subscription events, shared through Redis when it is configured. */
  live: LiveEvents;
  /** Who a session token signs in (looked up, briefly remembered), and signing out. */
  sessions: SessionCache;
  /** Whether the database is reachable and migrated (for /readyz). */
  isReady(): Promise<boolean>;
  /** The published report as the public reads it (by global id), or null: what plugins' report sections are built from. */
  publicReport(inspectionId: string): Promise<PublishedReportModel | null>;
  /** The national open data (/open-data/): every published figure, written once per release. */
  openData: NationalOpenData;
  /** The response cache's generation: raised, every cached answer of published figures ends on every process. */
  cacheGeneration: CacheGeneration;
  /** Where cached answers are kept when several processes share them (REDIS_URL); null: in this process. */
  responseCacheRedis: Redis | null;
  /** Sends invitations and reset links when SMTP_URL is set; null otherwise (the links are shown instead). */
  mailer: Mailer | null;
  /** Public pages rendered on the server and stored (issue 20). */
  publicPages: PublicPages;
  /** The national picture, computed once per cache generation and kept in this process. */
  nationalPictures: KeptNationalPictures;
}

/** One request's context: who asks, and per-request caches. */
export interface Context extends AppServices {
  viewer: Viewer | null;
  /** A third party's API token, when the request carries one (then viewer is null: published data only). */
  apiToken: ApiTokenHolder | null;
  sessionToken: string | null;
  /** The caller's address (the socket's, or X-Forwarded-For's from a trusted proxy); 'in-process' without one. */
  clientAddress: string;
  request: Request;
  /** Queue a Set-Cookie header for the response. */
  setCookie(cookie: string): void;
  /** Scores computed at most once per inspection per request. */
  scores: ScoreLoader;
  /** The case files this request read, for the audit log. */
  caseFileReads: CaseFileReadLog;
  /** Which case files the caller may read, as this request found out. */
  caseFileAccess: CaseFileAccess;
}

export function createContext(
  app: AppServices,
  request: Request,
  caller: {
    viewer: Viewer | null;
    apiToken: ApiTokenHolder | null;
    sessionToken: string | null;
    clientAddress: string;
  },
  setCookie: (cookie: string) => void,
): Context {
  return {
    ...app,
    ...caller,
    request,
    setCookie,
    caseFileReads: new CaseFileReadLog(),
    ...viewerState(app, caller.viewer),
  };
}

/**
 * What a request finds out about its viewer as it runs (the figures as they may see them, the case files they may
 * read): made for each request, and again for each event of a subscription, with the viewer of that moment.
 */
export function viewerState(
  app: Pick<AppServices, 'prisma' | 'frameworks'>,
  viewer: Viewer | null,
): Pick<Context, 'scores' | 'caseFileAccess'> {
  const seesUndisclosed = (inspection: { id: string; areaId: string }) =>
    seesUndisclosedFigures(app.prisma, viewer, inspection);
  return {
    scores: new ScoreLoader(app.prisma, app.frameworks, seesUndisclosed),
    caseFileAccess: new CaseFileAccess(app.prisma, viewer),
  };
}
