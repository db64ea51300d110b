// Where a service's failure becomes a GraphQL error: the typed errors that mutation payloads carry (the errors plugin
// turns them into union members); on any other field, service-errors-plugin.ts gives it its `extensions.code`.
import type { ServiceError } from '../services/errors.ts';
import {
  AlreadyExistsError,
  AnswerConflictError,
  LastAdministratorError,
  ClientMutationIdReusedError,
  ForbiddenError,
  InvalidInputError,
  InvalidStateError,
  NotFoundError,
  UnauthenticatedError,
} from '../services/errors.ts';
import { builder } from '../builder.ts';

export const ErrorInterface = builder.interfaceRef<ServiceError>('Error').implement({
  description: 'An expected failure: nothing was changed.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code'),
  }),
});

const InputProblemRef = builder.objectRef<{ path: string; message: string }>('InputProblem').implement({
  fields: (t) => ({ path: t.exposeString('path'), message: t.exposeString('message') }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidInputError,
  fields: (t) => ({ problems: t.field({ type: [InputProblemRef], resolve: (error) => error.problems }) }),
});

for (const [cls, name] of [
  [NotFoundError, 'NotFoundError'],
  [ForbiddenError, 'ForbiddenError'],
  [UnauthenticatedError, 'UnauthenticatedError'],
  [InvalidStateError, 'InvalidStateError'],
  [ClientMutationIdReusedError, 'ClientMutationIdReusedError'],
  [LastAdministratorError, 'LastAdministratorError'],
] as const) {
  builder.objectType(cls, {
    name,
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof cls,
    fields: () => ({}),
  });
}

builder.objectType(AlreadyExistsError, {
  name: 'AlreadyExistsError',
  description: 'A value that must be unique (an area code, an email, a comparison group key) is already taken.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AlreadyExistsError,
  fields: (t) => ({ field: t.exposeString('field', { description: 'The input field whose value is taken.' }) }),
});

const CurrentAnswerRef = builder.objectRef<AnswerConflictError['current']>('CurrentAnswer').implement({
  description: 'The answer as it stands now, which the conflicting save did not overwrite.',
  fields: (t) => ({
    value: t.exposeString('value'),
    reason: t.exposeString('reason', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    version: t.exposeInt('version'),
    answeredBy: t.exposeString('answeredBy'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.objectType(AnswerConflictError, {
  name: 'AnswerConflictError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AnswerConflictError,
  fields: (t) => ({
    measureKey: t.exposeString('measureKey'),
    yourVersion: t.exposeInt('yourVersion'),
    current: t.field({ type: CurrentAnswerRef, resolve: (error) => error.current }),
  }),
});

/** The error types every mutation may return besides its own. */
export const COMMON_ERRORS = [
  InvalidInputError,
  NotFoundError,
  ForbiddenError,
  UnauthenticatedError,
  InvalidStateError,
];
