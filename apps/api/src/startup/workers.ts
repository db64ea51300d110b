// SCRUTINY_WORKERS=N: N API processes on one port (node:cluster; the primary hands connections to the workers). They
// share state as separate processes always do, through PostgreSQL and Redis, so more than one needs both: the
// embedded database opens in one process only, and without Redis each process would keep its own rate limits,
// sign-outs and response cache.
import cluster from 'node:cluster';
import type { Config } from '../env.ts';

/** Checks the configuration for N workers; throws with the reason when it cannot hold. */
export function checkWorkers(config: Pick<Config, 'workers' | 'databaseUrl' | 'redisUrl'>): void {
  if (config.workers > 1 && (!config.databaseUrl || !config.redisUrl))
    throw new Error(
      `SCRUTINY_WORKERS=${config.workers} needs DATABASE_URL (PostgreSQL) and REDIS_URL: the processes share everything through them.`,
    );
}

/**
 * In the primary of several workers: forks them, starts a new one when one dies, and returns true (the primary then
 * serves nothing itself). Returns false where this process should serve: one worker, or a worker.
 */
export function forkWorkers(config: Config, log: (line: string) => void): boolean {
  if (config.workers <= 1 || !cluster.isPrimary) return false;
  checkWorkers(config);
  let stopping = false;
  for (let i = 0; i < config.workers; i += 1) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log(`Scrutiny API worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    cluster.on('exit', () => {
      if (Object.values(cluster.workers ?? {}).every((w) => !w || w.isDead())) process.exit(0);
    });
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return true;
}
