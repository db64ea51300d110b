import type { PrismaClient } from '@scrutiny/db';
import { seesUndisclosedFigures } from './access/checks.ts';
import type { Viewer } from './access/viewer.ts';
import type { Config } from './env.ts';
import type { FrameworkRegistry } from './plugins/framework-registry.ts';
import type { LoadedPlugin } from './plugins/load-plugins.ts';
import { ScoreLoader } from './services/score-loader.ts';

/** What lives for the whole process: shared by every request. */
export interface AppServices {
  prisma: PrismaClient;
  config: Config;
  frameworks: FrameworkRegistry;
  plugins: readonly LoadedPlugin[];
  /** Whether the database is reachable and migrated (for /readyz). */
  isReady(): Promise<boolean>;
}

/** One request's context: who asks, and per-request caches. */
export interface Context extends AppServices {
  viewer: Viewer | null;
  sessionToken: string | null;
  request: Request;
  /** Queue a Set-Cookie header for the response. */
  setCookie(cookie: string): void;
  /** Scores computed at most once per inspection per request. */
  scores: ScoreLoader;
}

export function createContext(
  app: AppServices,
  request: Request,
  viewer: Viewer | null,
  sessionToken: string | null,
  setCookie: (cookie: string) => void,
): Context {
  const base = { ...app, viewer, sessionToken, request, setCookie };
  const seesUndisclosed = (inspection: { id: string; areaId: string }) =>
    seesUndisclosedFigures(app.prisma, viewer, inspection);
  return { ...base, scores: new ScoreLoader(app.prisma, app.frameworks, seesUndisclosed) };
}
