// Structured logs: one JSON object a line (pino), so a log collector can index them; the level comes from Config.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

export type { Logger };

/** Writes to standard output unless given another destination (tests read the lines back). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'scrutiny-api' } };
  return destination ? pino(options, destination) : pino(options);
}

/** yoga's logger interface over pino: its messages become structured lines too. */
export function yogaLogger(logger: Logger): YogaLogger {
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) logger[level]({ err: first, details: rest }, first.message);
      else logger[level]({ details: rest.length ? rest : undefined }, String(first));
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
