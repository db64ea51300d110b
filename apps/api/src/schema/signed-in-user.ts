// Signing in with a password: the `signIn` mutation, who it answers with (`SignedInUser`) and how it is refused
// (`SignInFailedError`). The checks and the throttle are services/sign-in.ts.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { SignInFailedError } from '../services/errors.ts';
import { signIn, type SignedIn } from '../services/sign-in.ts';
import { COMMON_ERRORS, ErrorInterface } from './errors.ts';
import { UserRoleEnum } from './user/type.ts';

builder.objectType(SignInFailedError, {
  name: 'SignInFailedError',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof SignInFailedError,
  fields: () => ({}),
});

/**
 * What signing in answers with: who signed in, and nothing that leads anywhere else. The rest of the graph is read
 * with the new session, by the apps' trusted documents; a document that signs in cannot reach it in passing.
 */
export const SignedInUserRef = builder.objectRef<SignedIn>('SignedInUser').implement({
  description: 'Who has just signed in: their identity only.',
  fields: (t) => ({
    id: t.id({ description: 'Their User id.', resolve: (user) => encodeGlobalID('User', user.id) }),
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    role: t.expose('role', { type: UserRoleEnum }),
  }),
});

builder.mutationField('signIn', (t) =>
  t.fieldWithInput({
    type: SignedInUserRef,
    description:
      'Signs in: sets the session cookie. The rest of this request runs as it arrived (anonymously); later requests carry the session.',
    errors: { types: [SignInFailedError, ...COMMON_ERRORS] },
    input: {
      email: t.input.string({ required: true, validate: z.string().email('Enter an email address.').max(320) }),
      password: t.input.string({ required: true, validate: z.string().min(1, 'Enter your password.').max(1024) }),
      code: t.input.string({
        required: false,
        description:
          'For an account with two-factor sign-in: the six-digit code from the authenticator app, or a recovery code.',
        validate: z.string().max(64),
      }),
    },
    // The rest of this request keeps the rights it arrived with: the session's own begin with the next request,
    // where the trusted-documents rule holds (an anonymous document must not run as the person it signs in).
    resolve: (_root, { input }, ctx) => signIn(ctx, input),
  }),
);
