import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './single-sign-on.ts';

describe('where a person goes after single sign-on', () => {
  it.each(['/inspector/', '/inspector/plan?inspection=abc', '/area'])('keeps a path on this server: %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each(['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)', '', null])(
    'sends anything else to the inspector app: %s',
    (value) => {
      expect(safeReturnPath(value)).toBe('/inspector/');
    },
  );
});
