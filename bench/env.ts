// The one place the benchmarks read the environment.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Page loads per measurement; the median is reported. */
export const LOADS = Number(process.env.BENCH_LOADS ?? 9);
/** A running Scrutiny to measure instead of starting one (bench:lighthouse). */
export const BENCH_URL = process.env.BENCH_URL || undefined;
/** Lighthouse runs per page (bench:lighthouse): its scores vary from run to run on a shared machine. */
export const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** bench:speed's database and its owning role (dropped and made again on every run), so runs side by side do not meet. */
export const BENCH_DATABASE = process.env.BENCH_DATABASE || 'scrutiny_bench';
/** bench:speed's first port: the API on it, the SQL floor on the next, PostGraphile on the one after. */
export const BENCH_PORT = Number(process.env.BENCH_PORT || 4811);
/** bench:scale's throw-away database (and its owner role, of the same name), so several runs can share a server. */
export const SCALE_DATABASE = process.env.SCALE_DATABASE || 'scrutiny_scale';
/** The port bench:scale's API listens on. */
export const SCALE_PORT = Number(process.env.SCALE_PORT ?? 4821);
