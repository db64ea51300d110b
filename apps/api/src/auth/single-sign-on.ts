// Single sign-on through the organisation's OpenID Connect provider, with openid-client: the authorization code flow
// with PKCE, state and nonce. Between the start and the callback the browser keeps the flow's secrets in a short-lived
// HttpOnly cookie (nothing is kept in a process's memory, so the callback may reach any process). openid-client checks
// the rest: the state returned, the issuer (discovery, the `iss` of the response and of the ID token), the audience,
// the nonce and the ID token's signature and times.
import * as oidc from 'openid-client';
import type { SingleSignOnConfig } from '../env.ts';

export const SSO_START_PATH = '/auth/oidc/start';
export const SSO_FLOW_COOKIE = 'scrutiny_oidc_flow';
/** Minutes a person has at the provider before the flow is forgotten. */
const FLOW_MINUTES = 10;

/** Why a single sign-on was refused, in words for the person and a stable code for logs and tests. */
export class SingleSignOnRefusal extends Error {
  constructor(
    readonly reason:
      | 'FLOW_MISSING'
      | 'STATE_MISMATCH'
      | 'PROVIDER_ERROR'
      | 'RESPONSE_INVALID'
      | 'EMAIL_MISSING'
      | 'EMAIL_UNVERIFIED'
      | 'UNKNOWN_PERSON'
      | 'PROVIDER_UNREACHABLE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  /** Where in Scrutiny the person goes once signed in (a path on this server). */
  returnTo: string;
}

/** A path on this server, never another site: anything else goes to the inspector app's start. */
export function safeReturnPath(value: string | null): string {
  if (value && /^\/(?![/\\])[\w\-./~%?=&]*$/.test(value)) return value;
  return '/inspector/';
}

export class SingleSignOn {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(readonly config: SingleSignOnConfig) {}

  /** The provider's discovery document, read once; a failure is tried again at the next sign-in. */
  private discovered(): Promise<oidc.Configuration> {
    this.configuration ??= oidc
      .discovery(
        this.config.issuer,
        this.config.clientId,
        { client_secret: this.config.clientSecret, redirect_uris: [this.config.redirectUrl.href] },
        undefined,
        // A provider on plain HTTP is accepted on this machine's loopback only (a test's or a developer's).
        isLoopback(this.config.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = null;
        throw new SingleSignOnRefusal(
          'PROVIDER_UNREACHABLE',
          `${this.config.name} cannot be reached or is not set up as Scrutiny expects. Try again later, or tell an administrator.`,
          { cause: error },
        );
      });
    return this.configuration;
  }

  /** Where to send the browser, and the cookie that keeps the flow's secrets until it comes back. */
  async start(returnTo: string, secureCookie: boolean): Promise<{ location: string; cookie: string }> {
    const configuration = await this.discovered();
    const flow: Flow = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      returnTo: safeReturnPath(returnTo),
    };
    const location = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUrl.href,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    const value = Buffer.from(JSON.stringify(flow)).toString('base64url');
    return { location: location.href, cookie: this.flowCookie(value, FLOW_MINUTES * 60, secureCookie) };
  }

  /** The cookie that forgets the flow (sent with every answer to the callback, good or bad). */
  clearedFlowCookie(secureCookie: boolean): string {
    return this.flowCookie('', 0, secureCookie);
  }

  /**
   * Checks the provider's answer at the callback against the flow this browser started, redeems the code and reads
   * the person's email from the ID token.
   */
  async finish(callbackUrl: URL, flowCookie: string | null): Promise<{ email: string; returnTo: string }> {
    const flow = readFlow(flowCookie);
    if (!flow)
      throw new SingleSignOnRefusal(
        'FLOW_MISSING',
        'This sign-in was not started here, or took longer than 10 minutes. Start again.',
      );
    const error = callbackUrl.searchParams.get('error');
    if (error)
      throw new SingleSignOnRefusal(
        'PROVIDER_ERROR',
        `${this.config.name} did not sign you in (${error.slice(0, 100)}). Start again.`,
      );
    // openid-client checks this too; checked first so that a tampered state never reaches the token endpoint.
    if (callbackUrl.searchParams.get('state') !== flow.state)
      throw new SingleSignOnRefusal(
        'STATE_MISMATCH',
        'This sign-in does not match the one your browser started. Start again.',
      );
    const configuration = await this.discovered();
    // The callback as the provider addressed it: the configured address, with the answer's query.
    const current = new URL(this.config.redirectUrl.href);
    current.search = callbackUrl.search;
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      claims = idToken;
      // Providers that follow the specification's default keep the email out of the ID token when an access token
      // is issued: then it is read from the userinfo endpoint, for the same subject.
      if (idToken && idToken[this.config.emailClaim] === undefined)
        claims = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    } catch (cause) {
      throw new SingleSignOnRefusal(
        'RESPONSE_INVALID',
        `The answer from ${this.config.name} could not be trusted, so you are not signed in. Start again.`,
        { cause },
      );
    }
    const email = claims?.[this.config.emailClaim];
    if (typeof email !== 'string' || !email.includes('@'))
      throw new SingleSignOnRefusal(
        'EMAIL_MISSING',
        `${this.config.name} did not give Scrutiny your email address, so you cannot be matched to an account.`,
      );
    if (this.config.requireVerifiedEmail && claims?.email_verified !== true)
      throw new SingleSignOnRefusal(
        'EMAIL_UNVERIFIED',
        `${this.config.name} has not verified your email address, so Scrutiny cannot match it to an account.`,
      );
    return { email: email.trim().toLowerCase(), returnTo: flow.returnTo };
  }

  private flowCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
    // Lax: the provider's redirect back is a top-level GET, which carries it; the path keeps it off every other request.
    return [
      `${SSO_FLOW_COOKIE}=${value}`,
      `Path=${new URL(this.config.redirectUrl).pathname}`,
      'HttpOnly',
      'SameSite=Lax',
      `Max-Age=${maxAgeSeconds}`,
      ...(secure ? ['Secure'] : []),
    ].join('; ');
  }
}

function readFlow(cookie: string | null): Flow | null {
  if (!cookie) return null;
  try {
    const flow = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')) as Partial<Flow>;
    if (
      typeof flow.state === 'string' &&
      typeof flow.nonce === 'string' &&
      typeof flow.verifier === 'string' &&
      typeof flow.returnTo === 'string'
    )
      return { state: flow.state, nonce: flow.nonce, verifier: flow.verifier, returnTo: safeReturnPath(flow.returnTo) };
  } catch {
    // a cookie that is not ours
  }
  return null;
}

function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
