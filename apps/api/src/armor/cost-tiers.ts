// Cost limits by caller. graphql-armor refuses any document over the standard limit at validation; here an
// anonymous caller's own document is measured again, by the same rule, against the lower anonymous limit. The apps'
// trusted documents, API token holders, signed-in users and the server's own in-process reads keep the standard one.
import { costLimitRule, type CostLimitOptions } from '@escape.tech/graphql-armor-cost-limit';
import { validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { TrustedDocuments } from './trusted-documents.ts';

export type CostWeights = Required<Pick<CostLimitOptions, 'objectCost' | 'scalarCost' | 'depthCostFactor'>>;

export const COST_WEIGHTS: CostWeights = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.2 };

export class CostLimitError extends AppError {
  constructor(cost: number, limit: number, standard: number) {
    super(
      ErrorCode.COST_LIMIT,
      `This document costs ${cost}, over the limit of ${limit} for anonymous callers. ` +
        `Ask for fewer items per page or fewer fields, or ` +
        `send an API token (limit ${standard}).`,
    );
  }
}

// yoga's parser cache hands back the same DocumentNode for the same text, so a document's cost is counted once.
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, number>>();

/** The document's cost as graphql-armor counts it (the costliest operation in it), rounded up. */
export function documentCost(schema: GraphQLSchema, document: DocumentNode): number {
  let known = costs.get(schema);
  if (!known) costs.set(schema, (known = new WeakMap()));
  const cached = known.get(document);
  if (cached !== undefined) return cached;
  const cost = countCost(schema, document);
  known.set(document, cost);
  return cost;
}

function countCost(schema: GraphQLSchema, document: DocumentNode): number {
  let cost = 0;
  validate(schema, document, [
    costLimitRule({
      ...COST_WEIGHTS,
      maxCost: Number.POSITIVE_INFINITY,
      onAccept: [(_context, details) => (cost = Math.max(cost, details.n ?? 0))],
    }),
  ]);
  return Math.ceil(cost);
}

export function useCostTiers(options: {
  limits: { anonymous: number; standard: number };
  trusted: TrustedDocuments;
}): Plugin<Context> {
  const refusal = (args: { schema: GraphQLSchema; document: DocumentNode; contextValue: Context }) => {
    const context = args.contextValue as Context & { req?: unknown; params?: { query?: string } };
    if (context.viewer || context.apiToken) return null;
    // In-process reads (the downloads reading a published report) have no socket and send the server's own documents.
    if (!context.req) return null;
    if (context.params?.query && options.trusted.has(context.params.query)) return null;
    const cost = documentCost(args.schema, args.document);
    return cost > options.limits.anonymous
      ? new CostLimitError(cost, options.limits.anonymous, options.limits.standard)
      : null;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = refusal(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = refusal(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
