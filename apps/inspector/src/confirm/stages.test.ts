import { describe, expect, it } from 'vitest';
import { unsubmittedText } from './stages.ts';

describe('what ending fieldwork says of unsubmitted files', () => {
  it('counts the files not submitted and says their assessors can no longer submit', () => {
    expect(unsubmittedText({ caseFiles: 12, submitted: 2 })).toBe(
      '10 of 12 case files are not submitted; their assessors will no longer be able to submit.',
    );
  });
  it('says so when every file is in', () => {
    expect(unsubmittedText({ caseFiles: 40, submitted: 40 })).toBe('All 40 case files are submitted.');
    expect(unsubmittedText({ caseFiles: 0, submitted: 0 })).toBeNull();
  });
});
