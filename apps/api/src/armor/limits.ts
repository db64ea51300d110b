// The limits every document is held to before it runs (graphql-armor's depth, alias, directive, token and cost
// rules), each refusal with its own stable code. graphql-armor throws a bare "Syntax Error: …" with no code; here
// each rule's rejection throws a DocumentRefusedError instead, which also stops validation at the first limit broken.
import type { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import {
  KnownDirectivesRule,
  UniqueDirectivesPerLocationRule,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.ts';
import { DocumentRefusedError } from './refusal.ts';
import { COST_WEIGHTS } from './cost-tiers.ts';

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig['maxDepth']>['onReject']>[number];

export const DOCUMENT_LIMITS = { depth: 12, aliases: 15, directives: 10, tokens: 4000 } as const;

const refuseWith =
  (code: ErrorCode, explain: (found: string) => string): RejectCallback =>
  (_context, error) => {
    const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
    throw new DocumentRefusedError(code, explain(found === undefined ? '' : ` (found ${Math.ceil(Number(found))})`));
  };

/** graphql-armor's protections, each refusing with its code. `maxCost`: the highest cost of any caller's document. */
export function armorProtections(maxCost: number): ArmorConfig {
  const { depth, aliases, directives, tokens } = DOCUMENT_LIMITS;
  return {
    maxDepth: {
      n: depth,
      onReject: [
        refuseWith(ErrorCode.DEPTH_LIMIT, (found) => `This document is nested deeper than ${depth} levels${found}.`),
      ],
    },
    // __typename counts too: scanners alias it hundreds of times.
    maxAliases: {
      n: aliases,
      allowList: [],
      onReject: [
        refuseWith(ErrorCode.ALIAS_LIMIT, (found) => `This document has more than ${aliases} aliases${found}.`),
      ],
    },
    maxDirectives: {
      n: directives,
      onReject: [
        refuseWith(
          ErrorCode.DIRECTIVE_LIMIT,
          (found) => `This document has more than ${directives} directives${found}.`,
        ),
      ],
    },
    maxTokens: {
      n: tokens,
      onReject: [refuseWith(ErrorCode.TOKEN_LIMIT, () => `This document is longer than ${tokens} tokens.`)],
    },
    // Cost grows with depth: a factor of 1.2 per level keeps the apps' nested reads (inspection → case files →
    // answers) well inside while refusing fanned-out documents.
    costLimit: {
      maxCost,
      ...COST_WEIGHTS,
      onReject: [
        refuseWith(
          ErrorCode.COST_LIMIT,
          (found) => `This document costs more than the limit of ${maxCost}${found}: ask for fewer items or fields.`,
        ),
      ],
    },
    blockFieldSuggestion: { enabled: true },
  };
}

/**
 * Validation errors every refusal can be told by: one error for all of a document's directive mistakes (a scanner
 * sends dozens of unknown directives to be told about each), and a code on graphql-js's own "Validation aborted."
 * (a document that needs more validation work than graphql-js allows).
 */
export function useRefusalCodes(): Plugin {
  return {
    onValidate({ setValidationFn, validateFn }) {
      setValidationFn((schema, document, rules, typeInfo, options) => {
        const reported = new WeakSet<ValidationContext>();
        const once =
          (rule: ValidationRule): ValidationRule =>
          (context) =>
            rule(
              Object.create(context, {
                reportError: {
                  value: (error: GraphQLError) => {
                    if (reported.has(context)) return;
                    reported.add(context);
                    context.reportError(error);
                  },
                },
              }) as ValidationContext,
            );
        const directiveRules = new Set<ValidationRule>([KnownDirectivesRule, UniqueDirectivesPerLocationRule]);
        const checked = (rules as readonly ValidationRule[] | undefined)?.map((rule) =>
          directiveRules.has(rule) ? once(rule) : rule,
        );
        return validateFn(schema, document, checked, typeInfo, options);
      });
      return ({ valid, result, setResult }) => {
        if (valid) return;
        setResult(
          result.map((error) =>
            error.message === 'Validation aborted.' || error.message.startsWith('Too many validation errors')
              ? new DocumentRefusedError(
                  ErrorCode.VALIDATION_LIMIT,
                  'This document needs too much work to validate, or has too many errors: send a smaller one.',
                )
              : error,
          ),
        );
      };
    },
  };
}
