// The composition root: database, plugins, frameworks, schema and yoga, wired once.
import { existsSync } from 'node:fs';
import { createMailer } from './services/mail.ts';
import { createDb, type Db } from '@scrutiny/db';
import type { GraphQLSchema } from 'graphql';
import type { DestinationStream } from 'pino';
import type { Config } from './env.ts';
import { FrameworkRegistry } from './plugins/framework-registry.ts';
import { loadConfiguredPlugins } from './plugins/load-plugins.ts';
import { applySchemaExtensions } from './plugins/schema-extensions.ts';
import { MemoryRateLimitStore, RateLimiter, type RateLimitStore } from './http/rate-limit.ts';
import { RedisRateLimitStore } from './http/redis-rate-limit-store.ts';
import { createLogger } from './observability/logger.ts';
import { toSchema } from './schema/index.ts';
import { publicReport } from './exports/report-exports.ts';
import { refuseSuperuserInProduction } from './startup/database-role.ts';
import { createScrutinyYoga } from './yoga.ts';
import { NationalOpenData } from './open-data/national-open-data.ts';
import { announcingCommits, createLiveEvents, sessionEndings } from './services/live.ts';
import { SessionCache } from './auth/session-cache.ts';
import { sessionsIn } from './auth/sessions.ts';
import type { AppServices } from './context.ts';
import { localGeneration, sharedGeneration } from './response-cache/generation.ts';
import { KeptNationalPictures } from './services/kept-national-pictures.ts';
import { responseCacheClient } from './response-cache/redis-client.ts';
import { PublicPages } from './public-pages/page-store.ts';
import { BoardRendererLoader, BUILD_BOARD_RENDERER } from './public-pages/board-renderer.ts';

export interface ScrutinyApp {
  db: Db;
  services: AppServices;
  yoga: ReturnType<typeof createScrutinyYoga>;
  /** The schema served: the host's, with the loaded plugins' extensions. */
  schema: GraphQLSchema;
  close(): Promise<void>;
}

export interface CreateAppOptions {
  /** An already opened database (tests); otherwise opened from config and migrated. */
  db?: Db;
  /** Where structured logs go instead of standard output. */
  logDestination?: DestinationStream;
}

export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<ScrutinyApp> {
  const plugins = await loadConfiguredPlugins(config.plugins);
  // Before anything is opened: a plugin that breaks the schema stops the start.
  const schema = applySchemaExtensions(toSchema(), plugins);
  // The public pages' renderer is the board's build: in production a missing one stops the start here.
  const boardRenderer = new BoardRendererLoader(config.boardRenderer);
  if (config.production) await boardRenderer.get();
  const db =
    options.db ??
    (await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize }));
  try {
    await refuseSuperuserInProduction(db, config.production);
  } catch (error) {
    if (!options.db) await db.close();
    throw error;
  }
  if (!options.db) await db.migrate();
  const frameworks = new FrameworkRegistry(
    db.prisma,
    plugins.flatMap((p) => p.frameworks ?? []),
  );
  await frameworks.register();
  const live = createLiveEvents(config.redisUrl);
  const logger = createLogger(config.logLevel, options.logDestination);
  if (!config.production && !existsSync(config.boardRenderer)) {
    logger.warn(
      { path: config.boardRenderer },
      `public pages need the board's server renderer; build it with: ${BUILD_BOARD_RENDERER}`,
    );
  }
  // With Redis, every process counts a caller's requests together; without it, each counts its own.
  const rateLimitStore: RateLimitStore = config.redisUrl
    ? new RedisRateLimitStore(config.redisUrl, { keyPrefix: config.redisKeyPrefix, logger })
    : new MemoryRateLimitStore();
  // Cached answers of published figures live in Redis when several processes share it (response-cache/).
  const responseCacheRedis =
    config.redisUrl && config.responseCacheSeconds > 0
      ? responseCacheClient(config.redisUrl, `${config.redisKeyPrefix}response-cache:`)
      : null;
  const cacheGeneration = responseCacheRedis
    ? sharedGeneration(responseCacheRedis, 'generation', live, logger)
    : localGeneration();
  // A restore replaces the rows under a running process: nothing cached of the old ones may be served after it.
  const stopHearingReplacements = await db.onDataReplaced(() => void cacheGeneration.raise());
  // Read through this same yoga instance (made below, before any request), as an anonymous reader.
  const readPublicReport = (inspectionId: string) =>
    publicReport((input, init) => Promise.resolve(yoga.fetch(input, init)), 'http://scrutiny.internal', inspectionId);
  const services: AppServices = {
    // A committed change that may alter published figures raises the generation, whoever made it (services/live.ts).
    prisma: announcingCommits(db.prisma, live, cacheGeneration),
    sql: db.sql,
    live,
    sessions: new SessionCache(sessionsIn(db.prisma, db.sql), sessionEndings(live), config.sessionCacheSeconds * 1000),
    config,
    frameworks,
    plugins,
    logger,
    rateLimiter: new RateLimiter(config.rateLimits, rateLimitStore),
    isReady: async () => {
      try {
        await db.prisma.$queryRawUnsafe('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    publicReport: readPublicReport,
    openData: new NationalOpenData(db.prisma, config.openDataLicence, readPublicReport),
    cacheGeneration,
    responseCacheRedis,
    mailer: createMailer(config.smtp, (error) => logger.warn({ err: error }, 'mail not sent')),
    // Rendered as an anonymous reader through this same yoga instance.
    // Kept under the same generation as the public pages' list, and for the same reason not kept without one.
    nationalPictures: new KeptNationalPictures(
      db.prisma,
      frameworks,
      config.redisUrl && !responseCacheRedis ? null : cacheGeneration,
    ),
    publicPages: new PublicPages(
      db.prisma,
      (input, init) => Promise.resolve(yoga.fetch(input instanceof Request ? input.url : String(input), init ?? {})),
      logger,
      () => boardRenderer.get(),
      // With Redis but no response cache the generation is this process's own: other processes' publications would
      // not reach it, so the list is read every time.
      config.redisUrl && !responseCacheRedis ? null : cacheGeneration,
    ),
  };
  const yoga = createScrutinyYoga(services, schema);
  return {
    db,
    services,
    yoga,
    schema,
    close: async () => {
      await Promise.all([
        live.close(),
        rateLimitStore.close?.(),
        responseCacheRedis?.quit().catch(() => {}),
        stopHearingReplacements(),
      ]);
      await db.close();
    },
  };
}
