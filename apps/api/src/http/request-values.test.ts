// The separators of a JSON body are counted as they arrive, however the body is cut into chunks.
import { describe, expect, it } from 'vitest';
import { JsonSeparatorCounter } from './request-values.ts';

function count(text: string, chunkSize: number): number {
  const counter = new JsonSeparatorCounter();
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += chunkSize) counter.add(bytes.subarray(i, i + chunkSize));
  return counter.separators;
}

describe('JsonSeparatorCounter', () => {
  const body = JSON.stringify({
    query: 'query ($ids: [ID!]!, $csv: String) { nodes(ids: $ids) { id } }',
    variables: { ids: ['a', 'b,c', 'd"e', 'f\\\\', 'ü,ö'], csv: 'ref,date\\n1,"2005-01-01"\\n' },
  });
  // Commas outside strings: between query and variables, 4 between the five ids, 1 between ids and csv.
  it.each([1, 2, 3, 7, 64, 1 << 16])('counts only the commas outside strings, in chunks of %i bytes', (size) => {
    expect(count(body, size)).toBe(6);
  });

  it('counts a long list', () => {
    expect(count(JSON.stringify({ ids: Array.from({ length: 20_000 }, () => 'x') }), 1 << 16)).toBe(19_999);
  });
});
