// GET /auth/oidc/start?returnTo=/inspector/ sends the browser to the organisation's identity provider;
// GET <SCRUTINY_OIDC_REDIRECT_URL's path> (normally /auth/oidc/callback) takes it back, matches the verified email to
// an invited account and starts the normal Scrutiny session. Nobody gets an account by signing in: an email without
// one is refused with a page that says so.
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { AppServices } from '../context.ts';
import { requestClientAddress, trustedProxies } from '../http/client-address.ts';
import { audit } from '../services/audit.ts';
import { createSession, hashToken, readCookie, SESSION_COOKIE, sessionCookie } from './sessions.ts';
import { SingleSignOn, SingleSignOnRefusal, SSO_FLOW_COOKIE, SSO_START_PATH } from './single-sign-on.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A plain page (no script, no styles) that says why and leads back to the sign-in page. */
function refusalPage(status: number, message: string, headers: Record<string, string>): Response {
  const body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>You are not signed in – Scrutiny</title>
  </head>
  <body>
    <main>
      <h1>You are not signed in</h1>
      <p>${escapeHtml(message)}</p>
      <p><a href="/inspector/">Back to the sign-in page</a></p>
    </main>
  </body>
</html>
`;
  return new Response(body, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

const REFUSAL_STATUS: Record<SingleSignOnRefusal['reason'], number> = {
  FLOW_MISSING: 400,
  STATE_MISMATCH: 400,
  PROVIDER_ERROR: 401,
  RESPONSE_INVALID: 401,
  EMAIL_MISSING: 403,
  EMAIL_UNVERIFIED: 403,
  UNKNOWN_PERSON: 403,
  PROVIDER_UNREACHABLE: 502,
};

export function useSingleSignOn(app: AppServices): Plugin {
  const config = app.config.singleSignOn;
  if (!config) return {};
  const sso = new SingleSignOn(config);
  const proxies = trustedProxies(app.config.trustedProxies);
  const callbackPath = config.redirectUrl.pathname;
  const secure = app.config.secureCookies;
  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (url.pathname !== SSO_START_PATH && url.pathname !== callbackPath) return;
      if (request.method !== 'GET') {
        endResponse(new Response('Sign-in pages are opened with GET.\n', { status: 405, headers: { allow: 'GET' } }));
        return;
      }
      try {
        if (url.pathname === SSO_START_PATH) {
          const { location, cookie } = await sso.start(url.searchParams.get('returnTo') ?? '', secure);
          endResponse(
            new Response(null, {
              status: 303,
              headers: { location, 'set-cookie': cookie, 'cache-control': 'no-store' },
            }),
          );
          return;
        }
        const { email, returnTo } = await sso.finish(url, readCookie(request.headers.get('cookie'), SSO_FLOW_COOKIE));
        const user = await app.prisma.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, role: true, areaId: true },
        });
        if (!user)
          throw new SingleSignOnRefusal(
            'UNKNOWN_PERSON',
            `Scrutiny has no account for ${email}. Accounts are made by invitation: ask an administrator to invite you.`,
          );
        // A fresh session: whatever session this browser held before is ended, never carried over.
        const previous = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
        if (previous) await app.sessions.end(hashToken(previous));
        const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
        const session = await createSession(app.prisma, user.id, app.config.sessionHours, {
          userAgent: request.headers.get('user-agent'),
          address: req ? requestClientAddress(req, proxies) : null,
          singleSignOn: true,
        });
        await audit(app.prisma, user, { action: 'user.sign-in-sso', entity: 'User', entityId: user.id });
        const headers = new Headers({ location: returnTo, 'cache-control': 'no-store' });
        headers.append('set-cookie', sso.clearedFlowCookie(secure));
        headers.append('set-cookie', sessionCookie(session.token, session.expiresAt, secure));
        endResponse(new Response(null, { status: 303, headers }));
      } catch (error) {
        if (!(error instanceof SingleSignOnRefusal)) throw error;
        app.logger.warn({ reason: error.reason, cause: String(error.cause ?? '') }, 'single sign-on refused');
        endResponse(
          refusalPage(REFUSAL_STATUS[error.reason], error.message, { 'set-cookie': sso.clearedFlowCookie(secure) }),
        );
      }
    },
  };
}
