// Costs in the open: every answer says what its document cost and the caller's limit (extensions.cost), and where
// the caller stands against the rate limit (extensions.rateLimit, and X-RateLimit-Limit / -Remaining / -Reset
// headers), so a program can slow down before it is refused rather than after. docs/API.md § Costs and limits.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { documentCost } from '../armor/cost-tiers.ts';
import type { TrustedDocuments } from '../armor/trusted-documents.ts';
import type { Context } from '../context.ts';
import type { RateBudget } from './rate-limit.ts';

export interface CostReport {
  /** The document's cost, counted as the cost limit counts it. */
  requested: number;
  /** The most one document may cost this caller. */
  limit: number;
}

export interface RateLimitReport {
  limit: number;
  remaining: number;
  /** ISO 8601: when the current one-minute window ends. */
  resetAt: string;
}

export function createUsageReport(options: {
  costLimits: { anonymous: number; standard: number };
  trusted: TrustedDocuments;
}) {
  const budgets = new WeakMap<Request, RateBudget>();
  const costLimitOf = (context: Context & { req?: unknown; params?: { query?: string } }): number =>
    context.viewer ||
    context.apiToken ||
    !context.req ||
    (context.params?.query && options.trusted.has(context.params.query))
      ? options.costLimits.standard
      : options.costLimits.anonymous;
  const plugin: Plugin<Context> = {
    onExecute({ args }) {
      const context = args.contextValue;
      return {
        onExecuteDone({ result, setResult }) {
          // A stream (@defer, subscriptions) carries its extensions per part; only single answers are told here.
          if (Symbol.asyncIterator in result) return;
          const cost: CostReport = { requested: documentCost(args.schema, args.document), limit: costLimitOf(context) };
          const budget = budgets.get(context.request);
          const rateLimit: RateLimitReport | undefined = budget && {
            limit: budget.limit,
            remaining: budget.remaining,
            resetAt: budget.resetAt.toISOString(),
          };
          // A compiled document's own serializer knows its data's shape, not these extensions: the answer is written
          // by the ordinary one.
          const { stringify: _compiled, ...plain } = result as typeof result & { stringify?: unknown };
          setResult({ ...plain, extensions: { ...plain.extensions, cost, ...(rateLimit ? { rateLimit } : {}) } });
        },
      };
    },
    // An answer from the response cache carries the cost it was kept with, but this caller's own standing.
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !(Symbol.for('servedFromResponseCache') in (result as object))) return;
      const { rateLimit: _kept, ...extensions } = (result as ExecutionResult).extensions ?? {};
      const budget = budgets.get(request);
      setResult({
        ...(result as ExecutionResult),
        extensions: {
          ...extensions,
          ...(budget
            ? { rateLimit: { limit: budget.limit, remaining: budget.remaining, resetAt: budget.resetAt.toISOString() } }
            : {}),
        },
      });
    },
    onResponse({ request, response }) {
      const budget = budgets.get(request);
      if (!budget || response.status >= 400) return;
      response.headers.set('x-ratelimit-limit', String(budget.limit));
      response.headers.set('x-ratelimit-remaining', String(budget.remaining));
      response.headers.set('x-ratelimit-reset', String(Math.ceil(budget.resetAt.getTime() / 1000)));
    },
  };
  return {
    /** Keeps the caller's standing for this request's answer. */
    remember: (request: Request, budget: RateBudget) => budgets.set(request, budget),
    plugin,
  };
}
