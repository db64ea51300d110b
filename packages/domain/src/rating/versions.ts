// Comparing inspections run on different versions of a framework. A version may change what a question asks, so
// a figure is compared with an earlier version's only where the newer version declares it comparable; every
// other figure is listed as not comparable, with why, rather than compared as if nothing had changed.
import type { FrameworkDefinition } from '../framework/model.ts';
import type { Figure, FigureKind } from '../scoring/figures.ts';

export interface NotComparable {
  kind: FigureKind;
  key: string;
  reason: string;
}

export interface VersionMapping {
  /** Whether both inspections used the very same framework version. */
  sameVersion: boolean;
  /** This inspection's key → the baseline's key, for every comparable figure. */
  comparable: Map<string, string>;
  notComparable: NotComparable[];
}

function mapKey(kind: FigureKind, key: string): string {
  return `${kind}:${key}`;
}

/** Which of `current`'s criteria and measures can be compared with the same ones in `baseline`. */
export function versionMapping(current: FrameworkDefinition, baseline: FrameworkDefinition): VersionMapping {
  const comparable = new Map<string, string>();
  const notComparable: NotComparable[] = [];
  const everything: { kind: FigureKind; key: string }[] = [
    ...current.criteria.map((c) => ({ kind: 'CRITERION' as const, key: c.code })),
    ...current.measures.map((m) => ({ kind: 'MEASURE' as const, key: m.key })),
  ];
  if (current.key === baseline.key && current.version === baseline.version) {
    for (const { kind, key } of everything) comparable.set(mapKey(kind, key), key);
    return { sameVersion: true, comparable, notComparable };
  }
  const declared =
    current.key === baseline.key && current.comparableWith?.fromVersion === baseline.version
      ? current.comparableWith
      : null;
  const baselineKeys = new Set([
    ...baseline.criteria.map((c) => mapKey('CRITERION', c.code)),
    ...baseline.measures.map((m) => mapKey('MEASURE', m.key)),
  ]);
  for (const { kind, key } of everything) {
    if (!declared) {
      notComparable.push({
        kind,
        key,
        reason:
          current.key !== baseline.key
            ? `The baseline used a different framework (${baseline.title}).`
            : `Version ${current.version} declares no comparison with version ${baseline.version}.`,
      });
      continue;
    }
    const old = (kind === 'CRITERION' ? declared.criteria : declared.measures)?.[key];
    if (old === undefined) {
      notComparable.push({ kind, key, reason: `Changed since version ${baseline.version}: not comparable.` });
    } else if (!baselineKeys.has(mapKey(kind, old))) {
      notComparable.push({
        kind,
        key,
        reason: `Declared comparable with "${old}", which version ${baseline.version} does not have.`,
      });
    } else {
      comparable.set(mapKey(kind, key), old);
    }
  }
  return { sameVersion: false, comparable, notComparable };
}

/**
 * The baseline's figures under this inspection's keys, keeping only the comparable ones, so the usual
 * comparison pairs them like for like.
 */
export function baselineFiguresFor<T extends Figure>(mapping: VersionMapping, baselineFigures: readonly T[]): T[] {
  if (mapping.sameVersion) return [...baselineFigures];
  const byOld = new Map<string, string[]>();
  for (const [current, old] of mapping.comparable) {
    const kind = current.slice(0, current.indexOf(':'));
    const list = byOld.get(mapKey(kind as FigureKind, old)) ?? [];
    list.push(current.slice(current.indexOf(':') + 1));
    byOld.set(mapKey(kind as FigureKind, old), list);
  }
  return baselineFigures.flatMap((figure) =>
    (byOld.get(mapKey(figure.kind, figure.key)) ?? []).map((key) => ({ ...figure, key })),
  );
}
