// The environment is read once, at start: a value that cannot be meant stops the start with its name, rather than
// turning into NaN limits or a pool of no connections at the first request.
import { describe, expect, it } from 'vitest';
import { readConfig } from './env.ts';
import { checkWorkers } from './startup/workers.ts';

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

  it('keeps /metrics to loopback and publishes open data under the Open Government Licence by default', () => {
    const config = readConfig({});
    expect(config.metrics).toEqual({ token: undefined, allow: ['127.0.0.0/8', '::1'] });
    expect(config.openDataLicence.name).toBe('Open Government Licence v3.0');
  });

  it('reads the metrics token, the allowed addresses and another licence', () => {
    const config = readConfig({
      SCRUTINY_METRICS_TOKEN: 'scrape',
      SCRUTINY_METRICS_ALLOW: '10.0.0.0/8, fd00::/8',
      SCRUTINY_OPEN_DATA_LICENCE: 'CC BY 4.0 | https://creativecommons.org/licenses/by/4.0/',
    });
    expect(config.metrics).toEqual({ token: 'scrape', allow: ['10.0.0.0/8', 'fd00::/8'] });
    expect(config.openDataLicence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
  });

  it('refuses a mistyped metrics address or licence, naming the setting', () => {
    expect(() => readConfig({ SCRUTINY_METRICS_ALLOW: '10.0.0.0/40' })).toThrow(/SCRUTINY_METRICS_ALLOW/);
    expect(() => readConfig({ SCRUTINY_OPEN_DATA_LICENCE: 'Some licence' })).toThrow(/SCRUTINY_OPEN_DATA_LICENCE/);
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

describe('SCRUTINY_REQUIRE_2FA_ROLES', () => {
  it('requires two-factor sign-in of the inspectorate and administrators in production, of no one in the demo', () => {
    expect(readConfig({ NODE_ENV: 'production' }).requireTwoFactorRoles).toEqual([
      'INSPECTOR',
      'CHIEF_INSPECTOR',
      'AREA_ASSESSOR',
      'INFORMATION_MANAGER',
      'ADMIN_OFFICER',
      'ADMINISTRATOR',
    ]);
    expect(readConfig({ NODE_ENV: 'production' }, { demo: true }).requireTwoFactorRoles).toEqual([]);
    expect(readConfig({}).requireTwoFactorRoles).toEqual([]);
    expect(readConfig({ NODE_ENV: 'production', SCRUTINY_REQUIRE_2FA_ROLES: '' }).requireTwoFactorRoles).toEqual([]);
    expect(readConfig({ SCRUTINY_REQUIRE_2FA_ROLES: 'inspector, ADMINISTRATOR' }).requireTwoFactorRoles).toEqual([
      'INSPECTOR',
      'ADMINISTRATOR',
    ]);
    expect(() => readConfig({ SCRUTINY_REQUIRE_2FA_ROLES: 'INSPECTORS' })).toThrow(/SCRUTINY_REQUIRE_2FA_ROLES/);
  });

  it('reads the response cache and the number of API processes, and refuses several without PostgreSQL and Redis', () => {
    expect(readConfig({})).toMatchObject({ responseCacheSeconds: 600, workers: 1 });
    expect(readConfig({ SCRUTINY_RESPONSE_CACHE_SECONDS: '0', SCRUTINY_WORKERS: '3' })).toMatchObject({
      responseCacheSeconds: 0,
      workers: 3,
    });
    expect(readConfig({ SCRUTINY_WORKERS: 'auto' }).workers).toBeGreaterThanOrEqual(1);
    expect(() => readConfig({ SCRUTINY_WORKERS: '0' })).toThrow(/SCRUTINY_WORKERS/);
    expect(() => checkWorkers(readConfig({ SCRUTINY_WORKERS: '2' }))).toThrow(/DATABASE_URL.*REDIS_URL/);
    expect(() =>
      checkWorkers(
        readConfig({ SCRUTINY_WORKERS: '2', DATABASE_URL: 'postgresql://x@h/db', REDIS_URL: 'redis://h:6379' }),
      ),
    ).not.toThrow();
  });
});

describe('single sign-on and password sign-in', () => {
  const OIDC = {
    SCRUTINY_OIDC_ISSUER: 'https://login.example/tenant',
    SCRUTINY_OIDC_CLIENT_ID: 'scrutiny',
    SCRUTINY_OIDC_CLIENT_SECRET: 'secret',
    SCRUTINY_OIDC_REDIRECT_URL: 'https://scrutiny.example/auth/oidc/callback',
  };

  it('is off unless an issuer is set, and passwords are then for everyone', () => {
    expect(readConfig({}).singleSignOn).toBeNull();
    expect(readConfig({}).passwordSignIn).toEqual({ everyone: true, breakGlassEmail: null });
  });

  it('reads the provider, with the email claim and verified emails by default, and turns passwords off', () => {
    const config = readConfig({ ...OIDC, SCRUTINY_BREAK_GLASS_EMAIL: 'Admin@Scrutiny.example' });
    expect(config.singleSignOn).toMatchObject({
      clientId: 'scrutiny',
      clientSecret: 'secret',
      name: 'login.example',
      emailClaim: 'email',
      requireVerifiedEmail: true,
    });
    expect(config.singleSignOn?.issuer.href).toBe('https://login.example/tenant');
    expect(config.passwordSignIn).toEqual({ everyone: false, breakGlassEmail: 'admin@scrutiny.example' });
    expect(readConfig({ ...OIDC, SCRUTINY_PASSWORD_SIGN_IN: 'everyone' }).passwordSignIn.everyone).toBe(true);
    expect(
      readConfig({ ...OIDC, SCRUTINY_OIDC_EMAIL_CLAIM: 'upn', SCRUTINY_OIDC_VERIFIED_ONLY: 'false' }).singleSignOn,
    ).toMatchObject({ emailClaim: 'upn', requireVerifiedEmail: false });
  });

  it('refuses a half-set provider or a mistyped setting, naming it', () => {
    expect(() => readConfig({ ...OIDC, SCRUTINY_OIDC_CLIENT_SECRET: '' })).toThrow(/SCRUTINY_OIDC_CLIENT_SECRET/);
    expect(() => readConfig({ ...OIDC, SCRUTINY_OIDC_REDIRECT_URL: 'scrutiny.example/cb' })).toThrow(
      /SCRUTINY_OIDC_REDIRECT_URL/,
    );
    expect(() => readConfig({ ...OIDC, SCRUTINY_PASSWORD_SIGN_IN: 'nobody' })).toThrow(/SCRUTINY_PASSWORD_SIGN_IN/);
  });
});
