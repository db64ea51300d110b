// Page sizes of every paged list, in one place: docs/API.md § Paging lists them. A page larger than a list's
// maximum is refused (INVALID_INPUT) rather than cut short without a word, and `first: 0` / `last: 0` give an empty
// page that says there is nothing further to fetch: a page with no edges has no cursor to go on from, so answering
// `hasNextPage: true` would send a "while hasNextPage" loop back to the start for ever.
import { InvalidInputError } from '../services/errors.ts';

export interface PageSize {
  /** Items in a page when neither `first` nor `last` is given. */
  default: number;
  /** The largest `first` or `last` accepted. */
  max: number;
}

export const PAGE_SIZES = {
  'Query.inspections': { default: 20, max: 100 },
  'Area.inspections': { default: 20, max: 100 },
  'Inspection.caseFiles': { default: 20, max: 200 },
  'Inspection.auditLog': { default: 20, max: 500 },
} as const satisfies Record<string, PageSize>;

interface PageArgs {
  first?: number | null;
  last?: number | null;
}

/** Pothos' `defaultSize` and `maxSize` for one list: a page over the maximum is a typed error. */
export function pageSizeOf(list: keyof typeof PAGE_SIZES) {
  const size: PageSize = PAGE_SIZES[list];
  return {
    defaultSize: size.default,
    maxSize: (args: PageArgs): number => {
      for (const name of ['first', 'last'] as const) {
        const asked = args[name];
        if (asked != null && asked > size.max)
          throw new InvalidInputError(
            `${list} gives at most ${size.max} items a page (${size.default} when \`first\` is left out), ` +
              `not ${name}: ${asked}; ask again with \`after: pageInfo.endCursor\` for the next page.`,
            [{ path: name, message: `at most ${size.max}` }],
          );
      }
      return size.max;
    },
  };
}

/** `first: 0` or `last: 0`: the page is empty, and nothing is fetched. */
export function asksForNoItems(args: object): boolean {
  const { first, last } = args as PageArgs;
  return first === 0 || last === 0;
}

/** A `where` that matches nothing, for lists loaded as relations (their query cannot be skipped). */
export const NOTHING = { id: { in: [] as string[] } };
