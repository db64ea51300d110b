// The environment is read once, at start: a value that cannot be meant stops the start with its name, rather than
// turning into NaN limits or a pool of no connections at the first request.
import { describe, expect, it } from 'vitest';
import { readConfig } from './env.ts';

describe('readConfig', () => {
  it('takes the defaults when nothing is set', () => {
    const config = readConfig({});
    expect(config.databasePoolSize).toBe(10);
    expect(config.sessionHours).toBe(12);
    expect(config.sessionCacheSeconds).toBe(5);
    expect(config.retentionMonths).toBe(12);
    expect(config.erasureJobMinutes).toBe(60);
    expect(config.rateLimits).toMatchObject({ anonymousPerMinute: 600, tokenPerMinute: 6000 });
  });

  it('reads the numbers it is given', () => {
    const config = readConfig({
      SCRUTINY_DB_POOL_SIZE: '4',
      SCRUTINY_RATE_LIMIT_ANONYMOUS: ' 120 ',
      SCRUTINY_SESSION_CACHE_SECONDS: '0',
    });
    expect(config.databasePoolSize).toBe(4);
    expect(config.sessionCacheSeconds).toBe(0);
    expect(config.rateLimits.anonymousPerMinute).toBe(120);
  });

  it.each([
    ['SCRUTINY_DB_POOL_SIZE', '0'],
    ['SCRUTINY_DB_POOL_SIZE', 'ten'],
    ['SCRUTINY_SESSION_HOURS', '-1'],
    ['SCRUTINY_RATE_LIMIT_TOKEN', '1.5'],
    ['SCRUTINY_COST_LIMIT', '50k'],
    ['SCRUTINY_SESSION_CACHE_SECONDS', '-5'],
    ['SCRUTINY_RETENTION_MONTHS', 'a year'],
    ['SCRUTINY_ERASURE_JOB_MINUTES', '-1'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(`${name} must be a whole number`));
  });
});

describe('SCRUTINY_ALLOWED_ORIGINS', () => {
  it('reads origins, comma-separated, and none by default', () => {
    expect(readConfig({}).allowedOrigins).toEqual([]);
    expect(
      readConfig({ SCRUTINY_ALLOWED_ORIGINS: 'https://a.example, http://localhost:5173/' }).allowedOrigins,
    ).toEqual(['https://a.example', 'http://localhost:5173']);
  });

  it.each(['*', 'a.example', 'https://a.example/path', 'ftp://a.example'])('refuses %s', (value) => {
    expect(() => readConfig({ SCRUTINY_ALLOWED_ORIGINS: value })).toThrow(/SCRUTINY_ALLOWED_ORIGINS/);
  });
});
