// The erasure job's schedule in one API process: a first run soon after start, then every few minutes as configured.
// Several processes may all run it: the job's advisory lock lets one erase at a time (services/retention.ts).
import type { AppServices } from '../context.ts';
import { eraseDueInspections } from './retention.ts';

export interface RetentionJob {
  /** Runs the job now (the schedule's next run is unchanged). */
  runNow(): Promise<void>;
  stop(): void;
}

export function scheduleRetentionJob(services: AppServices, firstRunAfterMs = 30_000): RetentionJob | null {
  const minutes = services.config.erasureJobMinutes;
  if (minutes === 0) return null;
  let running: Promise<void> | null = null;
  const runNow = () => {
    running ??= eraseDueInspections(services.prisma, services.frameworks, services.config.retentionMonths)
      .then((run) => {
        if (run.erased.length > 0)
          services.logger.info({ inspections: run.erased }, 'personal data erased under the retention rule');
      })
      .catch((error: unknown) => services.logger.error({ err: error }, 'the retention job failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void runNow(), firstRunAfterMs);
  const every = setInterval(() => void runNow(), minutes * 60_000);
  // The job never keeps the process alive on its own.
  first.unref();
  every.unref();
  return {
    runNow,
    stop: () => {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
