// The one place the benchmarks read the environment.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Page loads per measurement; the median is reported. */
export const LOADS = Number(process.env.BENCH_LOADS ?? 9);
/** A running Scrutiny to measure instead of starting one (bench:lighthouse). */
export const BENCH_URL = process.env.BENCH_URL || undefined;
