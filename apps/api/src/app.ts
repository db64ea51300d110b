// The composition root: database, plugins, frameworks, schema and yoga, wired once.
import { createDb, type Db } from '@scrutiny/db';
import type { Config } from './env.ts';
import { FrameworkRegistry } from './plugins/framework-registry.ts';
import { loadConfiguredPlugins } from './plugins/load-plugins.ts';
import { toSchema } from './schema/index.ts';
import { createScrutinyYoga } from './yoga.ts';
import { announcingCommits, createLiveEvents } from './services/live.ts';
import type { AppServices } from './context.ts';

export interface ScrutinyApp {
  db: Db;
  services: AppServices;
  yoga: ReturnType<typeof createScrutinyYoga>;
  close(): Promise<void>;
}

export async function createApp(config: Config, options: { db?: Db } = {}): Promise<ScrutinyApp> {
  const plugins = await loadConfiguredPlugins(config.plugins);
  const db = options.db ?? (await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  if (!options.db) await db.migrate();
  const frameworks = new FrameworkRegistry(
    db.prisma,
    plugins.flatMap((p) => p.frameworks ?? []),
  );
  await frameworks.register();
  const live = createLiveEvents(config.redisUrl);
  const services: AppServices = {
    prisma: announcingCommits(db.prisma, live),
    live,
    config,
    frameworks,
    plugins,
    isReady: async () => {
      try {
        await db.prisma.$queryRawUnsafe('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
  };
  const yoga = createScrutinyYoga(services, toSchema());
  return {
    db,
    services,
    yoga,
    close: async () => {
      await live.close();
      await db.close();
    },
  };
}
