// Cost limits by caller. graphql-armor refuses any document over the standard limit at validation; here a document
// is measured again at execution, with the lists its request sends counted in (list-cost.ts): an anonymous caller's
// own document against the lower anonymous limit; the apps' trusted documents, API token holders and signed-in users
// against the standard one. The server's own in-process reads are not measured.
import { costLimitRule, type CostLimitOptions } from '@escape.tech/graphql-armor-cost-limit';
import { validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { ErrorCode } from '../errors.ts';
import { DocumentRefusedError } from './refusal.ts';
import { listArgumentsCost } from './list-cost.ts';
import type { TrustedDocuments } from './trusted-documents.ts';

export type CostWeights = Required<Pick<CostLimitOptions, 'objectCost' | 'scalarCost' | 'depthCostFactor'>>;

export const COST_WEIGHTS: CostWeights = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.2 };

export class CostLimitError extends DocumentRefusedError {
  constructor(cost: number, limit: number, standard: number, anonymous: boolean) {
    super(
      ErrorCode.COST_LIMIT,
      anonymous
        ? `This document costs ${cost}, over the limit of ${limit} for anonymous callers. ` +
            `Ask for fewer items per page or fewer fields, or ` +
            `send an API token (limit ${standard}).`
        : `This document costs ${cost}, over the limit of ${limit}. Ask for fewer items or fewer fields.`,
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
  const refusal = (args: ExecutionArgs) => {
    const context = args.contextValue as Context & { req?: unknown; params?: { query?: string } };
    // In-process reads (the downloads reading a published report) have no socket and send the server's own documents.
    if (!context.req) return null;
    const standard =
      context.viewer !== null ||
      context.apiToken !== null ||
      (context.params?.query !== undefined && options.trusted.has(context.params.query));
    const limit = standard ? options.limits.standard : options.limits.anonymous;
    // Lists sent as arguments add to the cost; graphql-armor has already held every document's own cost to the
    // standard limit.
    const cost = documentCost(args.schema, args.document) + listArgumentsCost(args);
    return cost > limit ? new CostLimitError(cost, limit, options.limits.standard, !standard) : null;
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
