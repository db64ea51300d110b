import { describe, expect, it } from 'vitest';
import { compareVersions, isValidRange, parseVersion, satisfies } from './semver-range.ts';

describe('satisfies', () => {
  it.each([
    // exact and comparators
    ['0.1.0', '0.1.0', true],
    ['0.1.1', '0.1.0', false],
    ['0.1.0', '=0.1.0', true],
    ['0.1.0', '>=0.1.0', true],
    ['0.0.9', '>=0.1.0', false],
    ['0.2.0', '>0.1.0', true],
    ['0.1.0', '>0.1.0', false],
    ['0.1.0', '<0.2.0', true],
    ['0.2.0', '<0.2.0', false],
    ['0.2.0', '<=0.2.0', true],
    ['1.4.0', '>=1.2.0 <2.0.0', true],
    ['2.0.0', '>=1.2.0 <2.0.0', false],
    ['1.4.0', '>= 1.2.0', true],
    // caret: the left-most non-zero part may not change
    ['0.1.0', '^0.1.0', true],
    ['0.1.9', '^0.1.0', true],
    ['0.2.0', '^0.1.0', false],
    ['1.9.9', '^1.2.3', true],
    ['1.2.2', '^1.2.3', false],
    ['2.0.0', '^1.2.3', false],
    ['0.0.3', '^0.0.3', true],
    ['0.0.4', '^0.0.3', false],
    ['0.9.0', '^0.x', true],
    ['1.0.0', '^0.x', false],
    ['1.5.0', '^1.2', true],
    // tilde: patch-level changes only, or minor when only the major is given
    ['1.2.9', '~1.2.3', true],
    ['1.3.0', '~1.2.3', false],
    ['1.9.0', '~1', true],
    ['2.0.0', '~1', false],
    // x-ranges
    ['0.1.0', '*', true],
    ['0.1.0', 'x', true],
    ['1.7.2', '1.x', true],
    ['2.0.0', '1.x', false],
    ['1.2.7', '1.2.x', true],
    ['1.3.0', '1.2.*', false],
    ['1.2.0', '1.2', true],
    ['1.1.9', '<=1.2', true],
    ['1.2.5', '<=1.2', true],
    ['1.3.0', '<=1.2', false],
    ['1.2.9', '>1.2', false],
    ['1.3.0', '>1.2', true],
    // alternatives
    ['2.1.0', '^1.0.0 || ^2.0.0', true],
    ['3.0.0', '^1.0.0 || ^2.0.0', false],
    // pre-releases rank below their release
    ['1.0.0-beta.1', '<1.0.0', true],
    ['1.0.0-beta.1', '>=1.0.0', false],
  ])('%s in %s is %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('an unreadable version or range satisfies nothing', () => {
    expect(satisfies('one', '^1.0.0')).toBe(false);
    expect(satisfies('1.0.0', 'latest')).toBe(false);
    expect(satisfies('1.0.0', '')).toBe(false);
  });
});

describe('isValidRange', () => {
  it('accepts the forms plugins use and refuses the rest', () => {
    for (const range of ['^0.1.0', '~1.2', '>=0.1.0 <1.0.0', '1.x', '*', '0.1.0 || 0.2.x'])
      expect(isValidRange(range)).toBe(true);
    for (const range of ['', 'latest', '^one', '>=', '1.2.3.4']) expect(isValidRange(range)).toBe(false);
  });
});

describe('versions', () => {
  it('parses full versions only', () => {
    expect(parseVersion('1.2.3-rc.1+build.5')).toEqual({ major: 1, minor: 2, patch: 3, prerelease: ['rc', '1'] });
    expect(parseVersion('1.2')).toBeNull();
    expect(parseVersion('01.2.3')).toBeNull();
  });

  it('orders by major, minor, patch, then pre-release with numeric identifiers compared as numbers', () => {
    const order = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0',
      '1.0.1',
      '1.10.0',
      '2.0.0',
    ];
    const parsed = order.map((text) => parseVersion(text)!);
    for (let i = 1; i < parsed.length; i++) expect(compareVersions(parsed[i - 1]!, parsed[i]!)).toBeLessThan(0);
  });
});
