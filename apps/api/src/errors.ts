// Expected failures carry a stable code from one enum, in `extensions.code` and in typed error payloads.
// Anything else is unexpected and masked by yoga.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_INPUT: 'INVALID_INPUT',
  CONFLICT: 'CONFLICT',
  INVALID_STATE: 'INVALID_STATE',
  RATE_LIMITED: 'RATE_LIMITED',
  LOCKED: 'LOCKED',
  CLIENT_MUTATION_ID_REUSED: 'CLIENT_MUTATION_ID_REUSED',
  // A document refused before it runs, by the limit it broke (armor/limits.ts, armor/list-arguments.ts).
  DEPTH_LIMIT: 'DEPTH_LIMIT',
  ALIAS_LIMIT: 'ALIAS_LIMIT',
  DIRECTIVE_LIMIT: 'DIRECTIVE_LIMIT',
  TOKEN_LIMIT: 'TOKEN_LIMIT',
  COST_LIMIT: 'COST_LIMIT',
  LIST_LIMIT: 'LIST_LIMIT',
  VALIDATION_LIMIT: 'VALIDATION_LIMIT',
  TWO_FACTOR_REQUIRED: 'TWO_FACTOR_REQUIRED',
  TWO_FACTOR_ENROLMENT_REQUIRED: 'TWO_FACTOR_ENROLMENT_REQUIRED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
    this.code = code;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found, or you may not see it.`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export interface InputProblem {
  path: string;
  message: string;
}

export class InvalidInputError extends AppError {
  readonly problems: InputProblem[];
  constructor(message: string, problems: InputProblem[] = []) {
    super(ErrorCode.INVALID_INPUT, message);
    this.problems = problems;
  }
}

export class InvalidStateError extends AppError {
  constructor(message: string) {
    super(ErrorCode.INVALID_STATE, message);
  }
}

/** A unique value already taken (an area's code, a person's email, a group's key): `field` names which. */
export class AlreadyExistsError extends AppError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(ErrorCode.CONFLICT, message);
  }
}

/** No one may remove the last active administrator (by a role change or a deactivation). */
export class LastAdministratorError extends AppError {
  constructor() {
    super(ErrorCode.INVALID_STATE, 'This is the last active administrator: make someone else an administrator first.');
  }
}

/** A stale `version`: the answer changed since the client read it. Carries both sides so a person can choose. */
export class AnswerConflictError extends AppError {
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
export class ClientMutationIdReusedError extends AppError {
  constructor(readonly clientMutationId: string) {
    super(
      ErrorCode.CLIENT_MUTATION_ID_REUSED,
      `The client mutation id "${clientMutationId}" was already used for another save; send a new id with a new save.`,
    );
  }
}
