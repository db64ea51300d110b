import { describe, expect, it } from 'vitest';
import { bytesToBase64, caseListFormat } from './case-list-file.ts';

describe('a chosen case list file', () => {
  it('is CSV or XLSX by its name or type, and nothing else', () => {
    expect(caseListFormat({ name: 'West Midlands.XLSX', type: '' })).toBe('XLSX');
    expect(
      caseListFormat({ name: 'list', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    ).toBe('XLSX');
    expect(caseListFormat({ name: 'cases.csv', type: '' })).toBe('CSV');
    expect(caseListFormat({ name: 'cases.xls', type: 'application/vnd.ms-excel' })).toBeNull();
  });

  it('is sent as base64 that decodes to the same bytes, however large', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(Buffer.from(bytesToBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});
