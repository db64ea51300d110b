// The stable codes of expected failures, in `extensions.code` and in typed error payloads. No transport here:
// services, access and the transport all read them.
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
