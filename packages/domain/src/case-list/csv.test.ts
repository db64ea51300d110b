import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'two\r\nlines'],
      ],
      problem: null,
    });
  });

  it('drops a byte-order mark and accepts LF line ends and no final line break', () => {
    expect(parseCsv('\uFEFFa,b\n1,2').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, including a last empty one', () => {
    expect(parseCsv('a,,\n,,').rows).toEqual([
      ['a', '', ''],
      ['', '', ''],
    ]);
  });

  it('reports a quote that is never closed', () => {
    const result = parseCsv('a,b\n1,"open\n2,3\n');
    expect(result.problem).toEqual({ row: 2, message: expect.stringContaining('never closed') });
    expect(result.rows[1]).toEqual(['1', 'open\n2,3\n']);
  });

  it('reads back what a CSV writer wrote', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(',')).join('\r\n');
        expect(parseCsv(text).rows).toEqual(rows);
      }),
    );
  });
});
