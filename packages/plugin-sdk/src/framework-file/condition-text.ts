// Conditions as an author writes them in a cell or a YAML string: `riskOfHarm in (HIGH, VERY_HIGH) or flag
// childProtectionConcerns`. A small parser turns the text into the domain's declarative Condition; nothing is ever
// evaluated as code.
import type { Condition, FactName } from '@scrutiny/domain';

export const FACT_NAMES: readonly FactName[] = [
  'riskOfHarm',
  'orderType',
  'mappaCategory',
  'mappaLevel',
  'district',
  'sex',
];
const NUMERIC_FACTS: ReadonlySet<string> = new Set(['mappaCategory', 'mappaLevel']);

export type ConditionParse = { ok: true; condition: Condition } | { ok: false; message: string };

type Token = { kind: 'word'; text: string; quoted: boolean } | { kind: '(' | ')' | ',' };

function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  // A value with spaces or brackets is quoted: district in ("Birmingham North", 'Solihull').
  const pattern = /\s*(?:([(),])|"([^"]*)"|'([^']*)'|([^\s(),"']+))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return `cannot read ${text.slice(at).trim()} (a quoted value needs its closing quote)`;
    const [, bracket, double, single, bare] = match;
    if (bracket) tokens.push({ kind: bracket as '(' | ')' | ',' });
    else if (bare !== undefined) tokens.push({ kind: 'word', text: bare, quoted: false });
    else tokens.push({ kind: 'word', text: double ?? single ?? '', quoted: true });
    at = pattern.lastIndex;
  }
  return tokens;
}

class ParseError extends Error {}

/** Parses a condition; the message says in plain words what is wrong and where. */
export function parseCondition(text: string): ConditionParse {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, message: tokens };
  if (tokens.length === 0) return { ok: false, message: 'the condition is empty (write "always" for every case file)' };
  let index = 0;
  /** The next bare word (a keyword, fact or name); a quoted value is never a keyword. */
  const peekWord = (): string | null => {
    const token = tokens[index];
    return token?.kind === 'word' && !token.quoted ? token.text : null;
  };
  const describeNext = (): string => {
    const token = tokens[index];
    if (!token) return 'the end of the condition';
    return token.kind === 'word' ? `"${token.text}"` : `"${token.kind}"`;
  };
  const expect = (kind: '(' | ')' | ',', what: string): void => {
    if (tokens[index]?.kind !== kind) throw new ParseError(`expected ${what} but found ${describeNext()}`);
    index += 1;
  };
  const word = (what: string, quotedToo = false): string => {
    const token = tokens[index];
    if (token?.kind !== 'word' || (token.quoted && !quotedToo))
      throw new ParseError(`expected ${what} but found ${describeNext()}`);
    index += 1;
    return token.text;
  };

  const parseOr = (): Condition => {
    const parts = [parseAnd()];
    while (peekWord()?.toLowerCase() === 'or') {
      index += 1;
      parts.push(parseAnd());
    }
    return parts.length === 1 ? parts[0]! : { any: parts };
  };
  const parseAnd = (): Condition => {
    const parts = [parseUnary()];
    while (peekWord()?.toLowerCase() === 'and') {
      index += 1;
      parts.push(parseUnary());
    }
    return parts.length === 1 ? parts[0]! : { all: parts };
  };
  const parseUnary = (): Condition => {
    if (peekWord()?.toLowerCase() === 'not') {
      index += 1;
      return { not: parseUnary() };
    }
    return parsePrimary();
  };
  const parsePrimary = (): Condition => {
    if (tokens[index]?.kind === '(') {
      index += 1;
      const inner = parseOr();
      expect(')', 'a closing ")"');
      return inner;
    }
    const first = word('a condition such as "always", "flag significantIncident" or "riskOfHarm in (HIGH)"');
    const lower = first.toLowerCase();
    if (lower === 'always') return { always: true };
    if (lower === 'flag') return { flag: word('the name of a flag after "flag"') };
    if (lower === 'has') {
      if (peekWord()?.toLowerCase() !== 'date')
        throw new ParseError(`expected "date" after "has" but found ${describeNext()}`);
      index += 1;
      return { hasDate: word('the name of a date after "has date"') };
    }
    if (peekWord()?.toLowerCase() !== 'in') {
      throw new ParseError(
        `"${first}" is not a condition: write "always", "flag <name>", "has date <name>" or "<case fact> in (<values>)"`,
      );
    }
    index += 1;
    const fact = FACT_NAMES.find((name) => name.toLowerCase() === lower);
    if (!fact) throw new ParseError(`"${first}" is not a case fact (known: ${FACT_NAMES.join(', ')})`);
    expect('(', `"(" and the values after "${first} in"`);
    const values: Array<string | number> = [];
    for (;;) {
      const value = word(`a value of ${fact}`, true);
      if (NUMERIC_FACTS.has(fact)) {
        if (!/^\d+$/.test(value)) throw new ParseError(`${fact} values are whole numbers, not "${value}"`);
        values.push(Number(value));
      } else values.push(value);
      if (tokens[index]?.kind === ',') {
        index += 1;
        continue;
      }
      expect(')', 'a "," or a closing ")" after the values');
      break;
    }
    return { fact, in: values };
  };

  try {
    const condition = parseOr();
    if (index < tokens.length)
      throw new ParseError(`unexpected ${describeNext()} (join conditions with "and" or "or")`);
    return { ok: true, condition };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, message: error.message };
    throw error;
  }
}

function formatPart(condition: Condition, inside: 'and' | 'or' | 'not' | 'top'): string {
  const text = formatCondition(condition);
  const needsBrackets =
    ('any' in condition && condition.any.length > 1 && inside !== 'top' && inside !== 'or') ||
    ('all' in condition && condition.all.length > 1 && inside === 'not');
  return needsBrackets ? `(${text})` : text;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'always', 'flag', 'has', 'date']);

function formatValue(value: string | number): string {
  const text = String(value);
  if (/^[^\s(),"']+$/.test(text) && !KEYWORDS.has(text.toLowerCase())) return text;
  return text.includes('"') ? `'${text}'` : `"${text}"`;
}

/** The text spelling of a condition; parseCondition reads it back to the same condition. */
export function formatCondition(condition: Condition): string {
  if ('always' in condition) return 'always';
  if ('fact' in condition) return `${condition.fact} in (${condition.in.map(formatValue).join(', ')})`;
  if ('flag' in condition) return `flag ${condition.flag}`;
  if ('hasDate' in condition) return `has date ${condition.hasDate}`;
  if ('all' in condition) {
    if (condition.all.length === 0) return 'always';
    return condition.all.map((part) => formatPart(part, 'and')).join(' and ');
  }
  if ('any' in condition) {
    if (condition.any.length === 0) return 'not always';
    return condition.any.map((part) => formatPart(part, 'or')).join(' or ');
  }
  return `not ${formatPart(condition.not, 'not')}`;
}
