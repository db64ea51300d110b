// The failures services and access checks throw: plain errors with a stable code, no GraphQL. The schema layer maps
// them to typed GraphQL errors in one place (schema/errors.ts): union members in mutation payloads, and
// `extensions.code` on any other field.
import { ErrorCode } from '../error-codes.ts';

export { ErrorCode };

/** An expected failure a service or an access check refuses with; nothing was changed. */
export class ServiceError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export class NotFoundError extends ServiceError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found, or you may not see it.`);
  }
}

export class ForbiddenError extends ServiceError {
  constructor(message = 'You may not do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedError extends ServiceError {
  constructor(message = 'Sign in first.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** A refused sign-in: wrong email, password or code, a code still needed, or too many failures. */
export class SignInFailedError extends ServiceError {
  constructor(
    code: ErrorCode = ErrorCode.UNAUTHENTICATED,
    message = 'That email and password do not match an account.',
  ) {
    super(code, message);
  }
}

export interface InputProblem {
  path: string;
  message: string;
}

export class InvalidInputError extends ServiceError {
  readonly problems: InputProblem[];
  constructor(message: string, problems: InputProblem[] = []) {
    super(ErrorCode.INVALID_INPUT, message);
    this.problems = problems;
  }
}

export class InvalidStateError extends ServiceError {
  constructor(message: string) {
    super(ErrorCode.INVALID_STATE, message);
  }
}

/** A unique value already taken (an area's code, a person's email, a group's key): `field` names which. */
export class AlreadyExistsError extends ServiceError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(ErrorCode.CONFLICT, message);
  }
}

/** No one may remove the last active administrator (by a role change or a deactivation). */
export class LastAdministratorError extends ServiceError {
  constructor() {
    super(ErrorCode.INVALID_STATE, 'This is the last active administrator: make someone else an administrator first.');
  }
}

/** A stale `version`: the answer changed since the client read it. Carries both sides so a person can choose. */
export class AnswerConflictError extends ServiceError {
  constructor(
    readonly measureKey: string,
    readonly yourVersion: number,
    readonly current: {
      value: string;
      reason: string | null;
      comment: string | null;
      version: number;
      answeredBy: string;
      updatedAt: Date;
    },
  ) {
    super(ErrorCode.CONFLICT, `The answer to ${measureKey} was changed by ${current.answeredBy} since you read it.`);
  }
}

/**
 * A client mutation id already acknowledged a different change (another case file, question, value, reason,
 * comment or expected version): a retry must repeat its save exactly, and a new save needs a new id.
 */
export class ClientMutationIdReusedError extends ServiceError {
  constructor(readonly clientMutationId: string) {
    super(
      ErrorCode.CLIENT_MUTATION_ID_REUSED,
      `The client mutation id "${clientMutationId}" was already used for another save; send a new id with a new save.`,
    );
  }
}
