// How people sign in here, as the sign-in pages offer it: single sign-on and whether passwords are for everyone.
import { builder } from '../builder.ts';
import { SSO_START_PATH } from '../auth/single-sign-on.ts';

const SingleSignOnOptionRef = builder.objectRef<{ name: string; startUrl: string }>('SingleSignOnOption').implement({
  description: "Signing in through the organisation's identity provider (OpenID Connect).",
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The provider\'s name, for "Sign in with <name>".' }),
    startUrl: t.exposeString('startUrl', {
      description: 'Where the browser goes to start (add `?returnTo=<path>` to come back to a page of this server).',
    }),
  }),
});

const SignInOptionsRef = builder
  .objectRef<{ singleSignOn: { name: string; startUrl: string } | null; passwordsForEveryone: boolean }>(
    'SignInOptions',
  )
  .implement({
    description: 'How people sign in here: what the sign-in pages offer.',
    fields: (t) => ({
      singleSignOn: t.field({
        type: SingleSignOnOptionRef,
        nullable: true,
        description: 'Single sign-on, when it is set up; null otherwise.',
        resolve: (options) => options.singleSignOn,
      }),
      passwordsForEveryone: t.exposeBoolean('passwordsForEveryone', {
        description:
          'False when passwords are turned off for everyone but a break-glass administrator (people sign in with single sign-on).',
      }),
    }),
  });

builder.queryField('signInOptions', (t) =>
  t.field({
    type: SignInOptionsRef,
    description: 'How people sign in here (anyone may ask): single sign-on and whether passwords are for everyone.',
    resolve: (_root, _args, ctx) => ({
      singleSignOn: ctx.config.singleSignOn ? { name: ctx.config.singleSignOn.name, startUrl: SSO_START_PATH } : null,
      passwordsForEveryone: ctx.config.passwordSignIn.everyone,
    }),
  }),
);
