// Single sign-on through a real OpenID Connect provider (oidc-provider, in this process on its own port) and the API
// listening on another, over real HTTP: every redirect is followed by hand, with each site's cookies kept as a
// browser keeps them. An invited person signs in; an unknown or unverified email, a tampered state, a callback this
// browser did not start, an answer from another issuer and a code issued to another client are refused. With single
// sign-on on, passwords are turned off for everyone but the break-glass administrator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { listen } from '../server.ts';
import { DEMO_PASSWORD, startTestApi, type TestApi } from '../testing/harness.ts';
import { freePort, startOidcProvider, type TestOidcProvider } from '../testing/oidc-provider.ts';
import { SingleSignOn, SingleSignOnRefusal } from '../auth/single-sign-on.ts';
import type { SingleSignOnConfig } from '../env.ts';

const CLIENT = { clientId: 'scrutiny', clientSecret: 'scrutiny-test-secret' };
const OTHER_CLIENT = { clientId: 'another-application', clientSecret: 'another-secret' };
const ACCOUNTS = {
  chief: { email: DEMO_EMAILS.assistantChiefInspector.toUpperCase(), email_verified: true },
  stranger: { email: 'stranger@elsewhere.example', email_verified: true },
  unverified: { email: DEMO_EMAILS.inspector, email_verified: false },
};

let api: TestApi;
let server: { url: string; close(): Promise<void> };
let provider: TestOidcProvider;
let otherProvider: TestOidcProvider;
let sso: SingleSignOnConfig;

beforeAll(async () => {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/auth/oidc/callback`;
  const clients = [
    { ...CLIENT, redirectUri },
    { ...OTHER_CLIENT, redirectUri },
  ];
  provider = await startOidcProvider({ clients, accounts: ACCOUNTS });
  otherProvider = await startOidcProvider({ clients, accounts: ACCOUNTS });
  sso = {
    issuer: new URL(provider.issuer),
    ...CLIENT,
    redirectUrl: new URL(redirectUri),
    name: 'Inspectorate Login',
    emailClaim: 'email',
    requireVerifiedEmail: true,
  };
  api = await startTestApi({
    seed: true,
    config: {
      singleSignOn: sso,
      passwordSignIn: { everyone: false, breakGlassEmail: DEMO_EMAILS.administrator },
      requireTwoFactorRoles: ['CHIEF_INSPECTOR', 'INSPECTOR', 'ADMINISTRATOR'],
    },
  });
  server = await listen(api.app, { ...api.app.services.config, port, host: '127.0.0.1', apps: [] });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await provider?.close();
  await otherProvider?.close();
});

/** A browser's cookie jar, one per site (host and port), and fetch with redirects followed by hand. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  async open(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.jars.get(target.host) ?? new Map<string, string>();
    this.jars.set(target.host, jar);
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        ...(jar.size ? { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36',
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.trim().split('=');
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /expires=thu, 01 jan 1970/i.test(a));
      if (expired || value.join('=') === '') jar.delete(name);
      else jar.set(name, value.join('='));
    }
    return response;
  }

  cookie(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }

  /** Follows redirects from `url` until a page answers, or until the next address is one `stopAt` picks. */
  async follow(url: string, stopAt: (next: URL) => boolean = () => false): Promise<{ response: Response; at: URL }> {
    let at = new URL(url);
    for (let hops = 0; hops < 20; hops += 1) {
      const response = await this.open(at.href);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, at };
      const next = new URL(location, at);
      if (stopAt(next)) return { response, at: next };
      at = next;
    }
    throw new Error(`too many redirects from ${url}`);
  }
}

/** Signs in at the provider's own page (any password; the login picks the account) and stops at Scrutiny's callback. */
async function signInAtProvider(browser: Browser, authorizationUrl: string, login: string): Promise<URL> {
  const page = await browser.follow(authorizationUrl);
  const html = await page.response.text();
  expect(page.response.status, html).toBe(200);
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  expect(action, html).toBeDefined();
  const submitted = await browser.open(new URL(action!.replace(/&amp;/g, '&'), page.at).href, {
    method: 'POST',
    form: { prompt: 'login', login, password: 'anything' },
  });
  const callback = await browser.follow(new URL(submitted.headers.get('location')!, page.at).href, (next) =>
    next.href.startsWith(sso.redirectUrl.href),
  );
  expect(callback.at.href.startsWith(sso.redirectUrl.href), `stopped at ${callback.at.href}`).toBe(true);
  return callback.at;
}

/** Opens Scrutiny's start: the flow cookie is kept, and the address at the provider returned. */
async function start(browser: Browser, returnTo = '/inspector/plan'): Promise<URL> {
  const response = await browser.open(`${server.url}/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
  expect(response.status).toBe(303);
  return new URL(response.headers.get('location')!);
}

async function graphql<T>(browser: Browser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const host = new URL(server.url).host;
  const session = browser.cookie(host, 'scrutiny_session');
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(session ? { cookie: `scrutiny_session=${session}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as T;
}

const VIEWER = '{ viewer { email role } }';

describe('single sign-on with OpenID Connect', () => {
  it('offers the provider on the sign-in pages, and says passwords are not for everyone', async () => {
    const body = await graphql<{ data: { signInOptions: unknown } }>(
      new Browser(),
      '{ signInOptions { passwordsForEveryone singleSignOn { name startUrl } } }',
    );
    expect(body.data.signInOptions).toEqual({
      passwordsForEveryone: false,
      singleSignOn: { name: 'Inspectorate Login', startUrl: '/auth/oidc/start' },
    });
  });

  it('signs an invited person in with PKCE, matched by verified email, and starts a normal session', async () => {
    const browser = new Browser();
    const authorization = await start(browser);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    const callback = await signInAtProvider(browser, authorization.href, 'chief');
    const landed = await browser.open(callback.href);
    expect(landed.status).toBe(303);
    expect(landed.headers.get('location')).toBe('/inspector/plan');
    expect(landed.headers.getSetCookie().join('\n')).toMatch(/scrutiny_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    const body = await graphql<{ data: { viewer: { email: string; role: string } } }>(browser, VIEWER);
    expect(body.data.viewer).toEqual({ email: DEMO_EMAILS.assistantChiefInspector, role: 'CHIEF_INSPECTOR' });
    // The provider's sign-in stands for the password and the second factor: the enrolment gate does not hold it.
    const sessions = await graphql<{ data?: { mySessions: { device: string }[] }; errors?: unknown }>(
      browser,
      '{ mySessions { device current } }',
    );
    expect(sessions.errors).toBeUndefined();
    expect(sessions.data?.mySessions).toContainEqual({ device: expect.stringContaining('Chrome'), current: true });
    // The same callback again (a replayed code) is refused: the flow was forgotten, and the code is spent.
    const replay = await browser.open(callback.href);
    expect(replay.status).toBe(400);
  });

  it('refuses an email that has no account, with a page that says so, and gives no session', async () => {
    const browser = new Browser();
    const callback = await signInAtProvider(browser, (await start(browser)).href, 'stranger');
    const refused = await browser.open(callback.href);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await refused.text();
    expect(page).toContain('Scrutiny has no account for stranger@elsewhere.example');
    expect(page).toContain('ask an administrator to invite you');
    expect(browser.cookie(new URL(server.url).host, 'scrutiny_session')).toBeUndefined();
    expect(await api.app.db.prisma.user.count({ where: { email: 'stranger@elsewhere.example' } })).toBe(0);
  });

  it('refuses an email the provider has not verified', async () => {
    const browser = new Browser();
    const callback = await signInAtProvider(browser, (await start(browser)).href, 'unverified');
    const refused = await browser.open(callback.href);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('has not verified your email address');
    expect(browser.cookie(new URL(server.url).host, 'scrutiny_session')).toBeUndefined();
  });

  it('refuses a tampered state', async () => {
    const browser = new Browser();
    const callback = await signInAtProvider(browser, (await start(browser)).href, 'chief');
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const refused = await browser.open(callback.href);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('does not match the one your browser started');
    expect(browser.cookie(new URL(server.url).host, 'scrutiny_session')).toBeUndefined();
  });

  it('refuses a callback this browser did not start (an answer carried to another browser)', async () => {
    const victim = new Browser();
    const callback = await signInAtProvider(new Browser(), (await start(new Browser())).href, 'chief');
    const refused = await victim.open(callback.href);
    expect(refused.status).toBe(400);
    expect(victim.cookie(new URL(server.url).host, 'scrutiny_session')).toBeUndefined();
  });

  it('refuses an answer from another issuer', async () => {
    const browser = new Browser();
    const authorization = await start(browser);
    // The same request, sent to another provider that knows the same client: its answer names its own issuer.
    const elsewhere = new URL(`${otherProvider.issuer}${authorization.pathname}${authorization.search}`);
    const callback = await signInAtProvider(browser, elsewhere.href, 'chief');
    expect(callback.searchParams.get('iss')).toBe(otherProvider.issuer);
    const refused = await browser.open(callback.href);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('could not be trusted');
    expect(browser.cookie(new URL(server.url).host, 'scrutiny_session')).toBeUndefined();
  });

  it('refuses a code issued to another client (the wrong audience)', async () => {
    const browser = new Browser();
    const authorization = await start(browser);
    authorization.searchParams.set('client_id', OTHER_CLIENT.clientId);
    const callback = await signInAtProvider(browser, authorization.href, 'chief');
    const refused = await browser.open(callback.href);
    expect(refused.status).toBe(401);
    expect(browser.cookie(new URL(server.url).host, 'scrutiny_session')).toBeUndefined();
  });

  it('refuses a provider whose discovery document names another issuer', async () => {
    const misnamed = new SingleSignOn({ ...sso, issuer: new URL(provider.issuer.replace('127.0.0.1', 'localhost')) });
    const refusal = await misnamed.start('/inspector/', false).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SingleSignOnRefusal);
    expect((refusal as SingleSignOnRefusal).reason).toBe('PROVIDER_UNREACHABLE');
  });

  it('never sends the browser to another site after signing in', async () => {
    const browser = new Browser();
    const authorization = await start(browser, 'https://evil.example/');
    const callback = await signInAtProvider(browser, authorization.href, 'chief');
    const landed = await browser.open(callback.href);
    expect(landed.headers.get('location')).toBe('/inspector/');
  });
});

describe('passwords with single sign-on on', () => {
  const SIGN_IN =
    'mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename ... on Error { code message } } }';
  type Attempt = { data: { signIn: { __typename: string; code?: string; message?: string } } };

  it('refuses a right password for anyone but the break-glass administrator, in the same words as a wrong one', async () => {
    const browser = new Browser();
    const right = await graphql<Attempt>(browser, SIGN_IN, {
      input: { email: DEMO_EMAILS.assistantChiefInspector, password: DEMO_PASSWORD },
    });
    const wrong = await graphql<Attempt>(browser, SIGN_IN, {
      input: { email: DEMO_EMAILS.administrator, password: 'not the password at all' },
    });
    expect(right.data.signIn.code).toBe('UNAUTHENTICATED');
    expect(right.data.signIn.message).toBe(wrong.data.signIn.message);
    expect(right.data.signIn.message).toContain('Sign in with Inspectorate Login');
    expect(browser.cookie(new URL(server.url).host, 'scrutiny_session')).toBeUndefined();
  });

  it('lets the break-glass administrator sign in with their password', async () => {
    const session = await api.signIn(DEMO_EMAILS.administrator);
    const body = await api.gql<{ viewer: { email: string } }>(VIEWER, {}, session);
    expect(body.data?.viewer.email).toBe(DEMO_EMAILS.administrator);
  });
});
