// The error of a request refused before any of it ran, by a limit or a rule every input must keep.
import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../errors.ts';

/** HTTP 400, with the code of the limit or rule the request broke. */
export class DocumentRefusedError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code, http: { status: 400 } } });
    this.code = code;
  }
}
