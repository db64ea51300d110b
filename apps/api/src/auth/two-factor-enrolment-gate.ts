// A person whose role requires a second factor (SCRUTINY_REQUIRE_2FA_ROLES) and who has not enrolled one may, once
// signed in, do nothing but enrol: every other operation is refused with TWO_FACTOR_ENROLMENT_REQUIRED, queries and
// subscriptions included, so no case data is read on a password alone.
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { roleRequiresTwoFactor } from '../access/roles.ts';
import type { Context } from '../context.ts';
import { AppError, ErrorCode } from '../errors.ts';

/** What such a person may still do: see who they are, enrol, sign in again or out. */
const WHILE_ENROLMENT_REQUIRED = new Set([
  '__typename',
  'viewer',
  'beginTwoFactorEnrolment',
  'confirmTwoFactorEnrolment',
  'signIn',
  'signOut',
]);

export class TwoFactorEnrolmentRequiredError extends AppError {
  constructor() {
    super(
      ErrorCode.TWO_FACTOR_ENROLMENT_REQUIRED,
      'Your role needs two-factor sign-in: set up an authenticator app on your account page first.',
    );
  }
}

/**
 * A session started through the organisation's identity provider is not held here: the provider's own sign-in
 * policy (its second factor included) stands for Scrutiny's password and code.
 */
export function mustEnrolTwoFactor(ctx: Pick<Context, 'viewer' | 'config'>): boolean {
  const viewer = ctx.viewer;
  return Boolean(
    viewer &&
    !viewer.twoFactorEnabled &&
    !viewer.singleSignOn &&
    roleRequiresTwoFactor(viewer, ctx.config.requireTwoFactorRoles),
  );
}

function rootFields(document: DocumentNode, operationName: string | null | undefined): string[] {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  // Fragments spread at the root are read as fields the gate does not know: refused, never let through.
  return (operation?.selectionSet.selections ?? []).map((s) => (s.kind === Kind.FIELD ? s.name.value : '…'));
}

export function useTwoFactorEnrolmentGate(): Plugin<Context> {
  const refuse = (document: DocumentNode, operationName: string | null | undefined, ctx: Context) =>
    mustEnrolTwoFactor(ctx) && rootFields(document, operationName).some((f) => !WHILE_ENROLMENT_REQUIRED.has(f));
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (refuse(args.document, args.operationName, args.contextValue))
        setResultAndStopExecution({ errors: [new TwoFactorEnrolmentRequiredError()] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      if (refuse(args.document, args.operationName, args.contextValue))
        setResultAndStopExecution({ errors: [new TwoFactorEnrolmentRequiredError()] });
    },
  };
}
