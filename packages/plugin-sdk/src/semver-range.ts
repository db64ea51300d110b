// A deliberately small semver range check: plugins declare which platform versions they support, and pulling in a
// full semver library for one comparison is not worth the dependency. It covers what plugin manifests use in
// practice: exact versions, comparators (>=, >, <=, <, =), caret and tilde ranges, x-ranges (1.x, 1.2.*, *),
// hyphen-free AND sets separated by spaces, and alternatives joined by `||`.
// Not covered: hyphen ranges (1.2.3 - 2.3.4) and npm's rule that excludes pre-releases from ranges unless a
// comparator names the same major.minor.patch; pre-releases are simply ordered below their release.

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: readonly string[];
}

const VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
const PARTIAL =
  /^v?(\*|x|X|0|[1-9]\d*)(?:\.(\*|x|X|0|[1-9]\d*))?(?:\.(\*|x|X|0|[1-9]\d*))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
const COMPARATOR = /^(\^|~|>=|<=|>|<|=)?\s*(.+)$/;

/** The version, or null when it is not a full semantic version such as `1.4.0` or `2.0.0-beta.1`. */
export function parseVersion(text: string): SemVer | null {
  const match = VERSION.exec(text.trim());
  if (!match) return null;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

function comparePrerelease(a: readonly string[], b: readonly string[]): number {
  // A release ranks above any of its pre-releases.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    if (xNumeric && yNumeric) {
      const difference = Number(x) - Number(y);
      if (difference !== 0) return Math.sign(difference);
    } else if (xNumeric !== yNumeric) {
      return xNumeric ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

/** Negative, zero or positive as `a` ranks below, equal to or above `b`. */
export function compareVersions(a: SemVer, b: SemVer): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePrerelease(a.prerelease, b.prerelease);
}

type Operator = '>=' | '>' | '<=' | '<' | '=';
interface Bound {
  operator: Operator;
  version: SemVer;
}

function version(major: number, minor: number, patch: number, prerelease: readonly string[] = []): SemVer {
  return { major, minor, patch, prerelease };
}

const ANY: Bound[] = [{ operator: '>=', version: version(0, 0, 0) }];

/** One comparator (`^1.2`, `>=0.1.0`, `1.x`) as the bounds it stands for; null when it cannot be read. */
function comparatorBounds(text: string): Bound[] | null {
  const match = COMPARATOR.exec(text);
  if (!match) return null;
  const operator = match[1] ?? '';
  const partial = PARTIAL.exec(match[2]!.trim());
  if (!partial) return null;
  const isWild = (part: string | undefined): boolean =>
    part === undefined || part === '*' || part === 'x' || part === 'X';
  if (isWild(partial[1])) return operator === '<' || operator === '>' ? [] : ANY;
  const major = Number(partial[1]);
  const minorWild = isWild(partial[2]);
  const patchWild = minorWild || isWild(partial[3]);
  const minor = minorWild ? 0 : Number(partial[2]);
  const patch = patchWild ? 0 : Number(partial[3]);
  const prerelease = partial[4] && !patchWild ? partial[4].split('.') : [];
  const low = version(major, minor, patch, prerelease);
  // The first version above the range a partial version covers: 1.2 covers 1.2.x, so it ends before 1.3.0.
  const nextAfterPartial = minorWild ? version(major + 1, 0, 0) : version(major, minor + 1, 0);

  switch (operator) {
    case '^': {
      let high: SemVer;
      if (major > 0 || minorWild) high = version(major + 1, 0, 0);
      else if (minor > 0 || patchWild) high = version(0, minor + 1, 0);
      else high = version(0, 0, patch + 1);
      return [
        { operator: '>=', version: low },
        { operator: '<', version: high },
      ];
    }
    case '~':
      return [
        { operator: '>=', version: low },
        { operator: '<', version: minorWild ? version(major + 1, 0, 0) : version(major, minor + 1, 0) },
      ];
    case '>=':
      return [{ operator: '>=', version: low }];
    case '<':
      return [{ operator: '<', version: low }];
    case '>':
      return [patchWild ? { operator: '>=', version: nextAfterPartial } : { operator: '>', version: low }];
    case '<=':
      return [patchWild ? { operator: '<', version: nextAfterPartial } : { operator: '<=', version: low }];
    default:
      if (patchWild) {
        return [
          { operator: '>=', version: low },
          { operator: '<', version: nextAfterPartial },
        ];
      }
      return [{ operator: '=', version: low }];
  }
}

function holds(bound: Bound, candidate: SemVer): boolean {
  const order = compareVersions(candidate, bound.version);
  switch (bound.operator) {
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '<':
      return order < 0;
    case '=':
      return order === 0;
  }
}

/** The range as alternatives of bound sets; null when any part cannot be read. */
function parseRange(range: string): Bound[][] | null {
  const alternatives: Bound[][] = [];
  for (const alternative of range.split('||')) {
    // `>= 1.2.0` is accepted as `>=1.2.0`: join operators to the version that follows them.
    const comparators = alternative
      .trim()
      .replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    if (comparators.length === 0) {
      alternatives.push(ANY);
      continue;
    }
    const bounds: Bound[] = [];
    for (const comparator of comparators) {
      const parsed = comparatorBounds(comparator);
      if (parsed === null) return null;
      if (parsed.length === 0) bounds.push({ operator: '<', version: version(0, 0, 0) });
      bounds.push(...parsed);
    }
    alternatives.push(bounds);
  }
  return alternatives;
}

/** Whether the text is a range this checker understands. */
export function isValidRange(range: string): boolean {
  return range.trim() !== '' && parseRange(range) !== null;
}

/** Whether `candidate` (a full version) lies in `range`. An unreadable version or range satisfies nothing. */
export function satisfies(candidate: string, range: string): boolean {
  const parsedVersion = parseVersion(candidate);
  const alternatives = range.trim() === '' ? null : parseRange(range);
  if (parsedVersion === null || alternatives === null) return false;
  return alternatives.some((bounds) => bounds.every((bound) => holds(bound, parsedVersion)));
}
