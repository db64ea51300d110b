// Refusals raised by the transport itself (document limits, the two-factor enrolment gate, introspection): GraphQL
// errors carrying a stable code. What services and access checks throw is in services/errors.ts.
import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes.ts';

export { ErrorCode };

export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
    this.code = code;
  }
}
