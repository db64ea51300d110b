// The one place the API reads its environment. Everything else receives a typed Config.
import { availableParallelism as cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { RateLimits } from './http/rate-limit.ts';
import type { StaticApp } from './http/static-apps.ts';
import { trustedProxies } from './http/client-address.ts';
import { parseOrigin } from './http/cors.ts';
import type { UserRole } from '@scrutiny/db';
import { isInspectorateOrAdministrator } from './access/roles.ts';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** PostgreSQL: connections each API process holds open at most. */
  databasePoolSize: number;
  /**
   * Redis connection string; when set, subscription events and rate-limit counters travel through Redis so several
   * API processes share them.
   */
  redisUrl: string | undefined;
  /** Prefix of the keys written to Redis, so that several deployments can share one Redis. */
  redisKeyPrefix: string;
  /** Folder of the embedded database. */
  dataDir: string;
  /** Plugin packages to load at start, by package name. */
  plugins: string[];
  /** Session lifetime in hours. */
  sessionHours: number;
  /** Seconds a looked-up session is reused without asking the database again; 0: every request asks. */
  sessionCacheSeconds: number;
  /**
   * Seconds a cached answer of published figures (anonymous callers, API tokens, board members) is kept at most; 0:
   * no response cache. Any change that could alter one ends every cached answer at once, on every process.
   */
  responseCacheSeconds: number;
  /** API processes listening on the one port (node:cluster); more than one needs PostgreSQL and Redis. */
  workers: number;
  /** Cookies marked Secure (set false only for plain-HTTP local use). */
  secureCookies: boolean;
  production: boolean;
  /** Built apps served beside the API (missing builds are skipped). */
  apps: StaticApp[];
  /**
   * The board's built server renderer (`vite build --ssr`), which makes the public pages: loaded at start in
   * production, where a missing one stops the start; elsewhere at the first public page.
   */
  boardRenderer: string;
  /** Lowest level written to the structured log: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Requests a minute for anonymous callers (by address) and API token holders (by token). */
  rateLimits: RateLimits;
  /**
   * Addresses or CIDR ranges of the reverse proxies or load balancers in front of the API: from them,
   * X-Forwarded-For names the anonymous caller's address. Empty: the header is ignored.
   */
  trustedProxies: string[];
  /**
   * `require`: a signed-in session may run only the apps' trusted documents (sent by hash); `allow`: any document.
   * Anonymous callers and API token holders may always send any document, within their cost limit.
   */
  trustedDocuments: 'require' | 'allow';
  /** Manifests of trusted documents (hash → text), written by each app's `generate` script. */
  trustedDocumentManifests: string[];
  /**
   * Origins (`https://host[:port]`) of web pages allowed to call the API from a browser with credentials (CORS).
   * Empty: only the server's own origin.
   */
  allowedOrigins: string[];
  /**
   * Who may read /metrics: a bearer token (SCRUTINY_METRICS_TOKEN), or a request from one of these addresses or CIDR
   * ranges (SCRUTINY_METRICS_ALLOW; default loopback only; behind trusted proxies, the client's address).
   */
  metrics: { token: string | undefined; allow: string[] };
  /** The licence the open data is published under, named in the files, the docs and the API. */
  openDataLicence: { name: string; url: string };
  /**
   * Roles whose people must sign in with a second factor: until they have enrolled one, they can do nothing but
   * enrol (TWO_FACTOR_ENROLMENT_REQUIRED). In production every inspectorate role and administrators unless set.
   */
  requireTwoFactorRoles: UserRole[];
  /** Single sign-on through the organisation's OpenID Connect provider; null when SCRUTINY_OIDC_ISSUER is unset. */
  singleSignOn: SingleSignOnConfig | null;
  /**
   * Who may sign in with a password: `everyone`, or `break-glass` (only the administrator account named by
   * SCRUTINY_BREAK_GLASS_EMAIL, for when the identity provider is down). With single sign-on the default is
   * `break-glass`, without it `everyone`.
   */
  passwordSignIn: { everyone: boolean; breakGlassEmail: string | null };
  /** Highest cost of one document: anonymous callers' own documents, and everyone else's (and the apps'). */
  costLimits: { anonymous: number; standard: number };
  /** Months after publication an inspection's case-level personal data is kept before it is erased. */
  retentionMonths: number;
  /** Minutes between the erasure job's runs (each looks for inspections past their date); 0: the job does not run. */
  erasureJobMinutes: number;
  /**
   * The address people reach Scrutiny at (`https://scrutiny.example.org`), for the links in invitations and password
   * resets. Unset: the listener's own address.
   */
  publicUrl: string | undefined;
  /** Mail: when `url` is set (SMTP_URL, e.g. `smtps://user:pass@mail.example.org`), invitations are also emailed. */
  smtp: { url: string | undefined; from: string };
  /** The first administrator's email for the production first start (SCRUTINY_ADMIN_EMAIL, or `--admin-email`). */
  adminEmail: string | undefined;
}

export interface SingleSignOnConfig {
  /** The provider's issuer identifier; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** This server's callback, registered at the provider: `https://scrutiny.example/auth/oidc/callback`. */
  redirectUrl: URL;
  /** Shown on the sign-in pages: "Sign in with <name>". */
  name: string;
  /** The ID token claim holding the person's email, matched to an invited account (default `email`). */
  emailClaim: string;
  /** Refuse an email the provider does not say is verified (`email_verified: true`); default true. */
  requireVerifiedEmail: boolean;
}

export const DEFAULT_PLUGINS = [
  '@scrutiny/plugin-framework-esi',
  '@scrutiny/plugin-framework-standards',
  '@scrutiny/plugin-export-open-data',
  '@scrutiny/plugin-export-pdf',
  '@scrutiny/plugin-export-docx',
];

/** `demo`: the demo start, whose accounts sign in with a password alone unless SCRUTINY_REQUIRE_2FA_ROLES says otherwise. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, options: { demo?: boolean } = {}): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: readPositiveInteger('SCRUTINY_DB_POOL_SIZE', env.SCRUTINY_DB_POOL_SIZE, 10),
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.SCRUTINY_REDIS_PREFIX || 'scrutiny:',
    dataDir: resolve(env.SCRUTINY_DATA_DIR ?? '.data/scrutiny'),
    plugins: (env.SCRUTINY_PLUGINS ?? DEFAULT_PLUGINS.join(','))
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    sessionHours: readPositiveInteger('SCRUTINY_SESSION_HOURS', env.SCRUTINY_SESSION_HOURS, 12),
    sessionCacheSeconds: readWholeNumber('SCRUTINY_SESSION_CACHE_SECONDS', env.SCRUTINY_SESSION_CACHE_SECONDS, 5),
    workers: readWorkers(env.SCRUTINY_WORKERS, cpus),
    responseCacheSeconds: readWholeNumber('SCRUTINY_RESPONSE_CACHE_SECONDS', env.SCRUTINY_RESPONSE_CACHE_SECONDS, 600),
    secureCookies: env.SCRUTINY_SECURE_COOKIES ? env.SCRUTINY_SECURE_COOKIES === 'true' : production,
    production,
    logLevel: env.SCRUTINY_LOG_LEVEL ?? 'info',
    rateLimits: {
      anonymousPerMinute: readPositiveInteger('SCRUTINY_RATE_LIMIT_ANONYMOUS', env.SCRUTINY_RATE_LIMIT_ANONYMOUS, 600),
      tokenPerMinute: readPositiveInteger('SCRUTINY_RATE_LIMIT_TOKEN', env.SCRUTINY_RATE_LIMIT_TOKEN, 6000),
    },
    trustedProxies: readTrustedProxies(env.SCRUTINY_TRUSTED_PROXIES),
    allowedOrigins: (env.SCRUTINY_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean)
      .map(parseOrigin),
    metrics: {
      token: env.SCRUTINY_METRICS_TOKEN || undefined,
      allow: readAddresses('SCRUTINY_METRICS_ALLOW', env.SCRUTINY_METRICS_ALLOW ?? '127.0.0.0/8, ::1'),
    },
    openDataLicence: readLicence(env.SCRUTINY_OPEN_DATA_LICENCE),
    requireTwoFactorRoles: readRoles(env.SCRUTINY_REQUIRE_2FA_ROLES, production && !options.demo),
    trustedDocuments: readTrustedDocuments(env.SCRUTINY_TRUSTED_DOCUMENTS, production),
    trustedDocumentManifests: (
      env.SCRUTINY_TRUSTED_DOCUMENT_MANIFESTS?.split(',') ?? [
        fileURLToPath(new URL('../../inspector/src/generated/trusted-documents.json', import.meta.url)),
        fileURLToPath(new URL('../../board/src/generated/trusted-documents.json', import.meta.url)),
      ]
    )
      .map((path) => path.trim())
      .filter(Boolean)
      .map((path) => resolve(path)),
    singleSignOn: readSingleSignOn(env),
    passwordSignIn: readPasswordSignIn(env),
    costLimits: {
      anonymous: readPositiveInteger('SCRUTINY_COST_LIMIT_ANONYMOUS', env.SCRUTINY_COST_LIMIT_ANONYMOUS, 3000),
      standard: readPositiveInteger('SCRUTINY_COST_LIMIT', env.SCRUTINY_COST_LIMIT, 50000),
    },
    retentionMonths: readWholeNumber('SCRUTINY_RETENTION_MONTHS', env.SCRUTINY_RETENTION_MONTHS, 12),
    erasureJobMinutes: readWholeNumber('SCRUTINY_ERASURE_JOB_MINUTES', env.SCRUTINY_ERASURE_JOB_MINUTES, 60),
    publicUrl: env.SCRUTINY_PUBLIC_URL ? env.SCRUTINY_PUBLIC_URL.replace(/\/+$/, '') : undefined,
    smtp: { url: env.SMTP_URL || undefined, from: env.SMTP_FROM || 'Scrutiny <scrutiny@localhost>' },
    adminEmail: env.SCRUTINY_ADMIN_EMAIL || undefined,
    apps: [
      {
        prefix: '/inspector/',
        dir: resolve(env.SCRUTINY_INSPECTOR_DIST ?? fileURLToPath(new URL('../../inspector/dist', import.meta.url))),
      },
      {
        prefix: '/',
        dir: resolve(env.SCRUTINY_BOARD_DIST ?? fileURLToPath(new URL('../../board/dist', import.meta.url))),
      },
    ],
    boardRenderer: resolve(
      env.SCRUTINY_BOARD_RENDERER ?? fileURLToPath(new URL('../../board/dist-server/render-page.js', import.meta.url)),
    ),
  };
}

function readSingleSignOn(env: NodeJS.ProcessEnv): SingleSignOnConfig | null {
  const issuer = env.SCRUTINY_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const required = (name: string) => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name} must be set when SCRUTINY_OIDC_ISSUER is.`);
    return value;
  };
  const url = (name: string, value: string) => {
    try {
      const parsed = new URL(value);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed;
    } catch {
      // reported below
    }
    throw new Error(`${name} must be an http(s) address, not "${value}".`);
  };
  const verified = env.SCRUTINY_OIDC_VERIFIED_ONLY?.trim() || 'true';
  if (verified !== 'true' && verified !== 'false')
    throw new Error(`SCRUTINY_OIDC_VERIFIED_ONLY must be "true" or "false", not "${verified}".`);
  const issuerUrl = url('SCRUTINY_OIDC_ISSUER', issuer);
  return {
    issuer: issuerUrl,
    clientId: required('SCRUTINY_OIDC_CLIENT_ID'),
    clientSecret: required('SCRUTINY_OIDC_CLIENT_SECRET'),
    redirectUrl: url('SCRUTINY_OIDC_REDIRECT_URL', required('SCRUTINY_OIDC_REDIRECT_URL')),
    name: env.SCRUTINY_OIDC_NAME?.trim() || issuerUrl.host,
    emailClaim: env.SCRUTINY_OIDC_EMAIL_CLAIM?.trim() || 'email',
    requireVerifiedEmail: verified === 'true',
  };
}

function readPasswordSignIn(env: NodeJS.ProcessEnv): Config['passwordSignIn'] {
  const breakGlassEmail = env.SCRUTINY_BREAK_GLASS_EMAIL?.trim().toLowerCase() || null;
  const value =
    env.SCRUTINY_PASSWORD_SIGN_IN?.trim() || (env.SCRUTINY_OIDC_ISSUER?.trim() ? 'break-glass' : 'everyone');
  if (value !== 'everyone' && value !== 'break-glass')
    throw new Error(`SCRUTINY_PASSWORD_SIGN_IN must be "everyone" or "break-glass", not "${value}".`);
  return { everyone: value === 'everyone', breakGlassEmail };
}

function readTrustedDocuments(value: string | undefined, production: boolean): Config['trustedDocuments'] {
  if (value === undefined || value === '') return production ? 'require' : 'allow';
  if (value === 'require' || value === 'allow') return value;
  throw new Error(`SCRUTINY_TRUSTED_DOCUMENTS must be "require" or "allow", not "${value}".`);
}

/** Addresses and CIDR ranges, comma-separated; a mistyped one stops the start here, not at the first request. */
function readTrustedProxies(value: string | undefined): string[] {
  return readAddresses('SCRUTINY_TRUSTED_PROXIES', value ?? '');
}

function readAddresses(name: string, value: string): string[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  trustedProxies(entries, name);
  return entries;
}

export const DEFAULT_OPEN_DATA_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/** `Name of the licence|https://its.address/`: the name, a bar, then the address. */
function readLicence(value: string | undefined): Config['openDataLicence'] {
  if (value === undefined || value.trim() === '') return DEFAULT_OPEN_DATA_LICENCE;
  const [name = '', url = '', ...rest] = value.split('|').map((part) => part.trim());
  if (!name || rest.length || !/^https?:\/\/\S+$/.test(url))
    throw new Error(
      `SCRUTINY_OPEN_DATA_LICENCE must be the licence's name, a bar and its address ("Name|https://…"), not "${value}".`,
    );
  return { name, url };
}

const ROLES: readonly UserRole[] = [
  'INSPECTOR',
  'CHIEF_INSPECTOR',
  'AREA_ASSESSOR',
  'INFORMATION_MANAGER',
  'ADMIN_OFFICER',
  'BOARD_MEMBER',
  'ADMINISTRATOR',
];
const INSPECTORATE_AND_ADMINISTRATORS: readonly UserRole[] = ROLES.filter(isInspectorateOrAdministrator);

/** `INSPECTOR,ADMINISTRATOR`; empty (set but blank) requires no one; unset: production's default. */
function readRoles(value: string | undefined, production: boolean): UserRole[] {
  if (value === undefined) return production ? [...INSPECTORATE_AND_ADMINISTRATORS] : [];
  const roles = value
    .split(',')
    .map((role) => role.trim().toUpperCase())
    .filter(Boolean);
  for (const role of roles)
    if (!ROLES.includes(role as UserRole))
      throw new Error(`SCRUTINY_REQUIRE_2FA_ROLES: "${role}" is not a role (${ROLES.join(', ')}).`);
  return roles as UserRole[];
}

function readWorkers(value: string | undefined, cpus: () => number): number {
  if (value?.trim() === 'auto') return Math.max(1, cpus());
  return readPositiveInteger('SCRUTINY_WORKERS', value, 1);
}

function readPositiveInteger(name: string, value: string | undefined, fallback: number): number {
  return readWholeNumber(name, value, fallback, 1);
}

function readWholeNumber(name: string, value: string | undefined, fallback: number, least = 0): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < least)
    throw new Error(`${name} must be a whole number of at least ${least}, not "${value}".`);
  return n;
}
