// What changed between two versions of a framework, for the author's preview before publishing: questions added,
// removed, reworded or moved to another criterion, and which of the earlier version's questions the new one declares
// comparable (the rest drop out of comparisons across the two versions).
import type { FrameworkDefinition } from '@scrutiny/domain';

export interface FrameworkChanges {
  fromVersion: string;
  added: string[];
  removed: string[];
  reworded: Array<{ key: string; before: string; after: string }>;
  moved: Array<{ key: string; fromCriterion: string; toCriterion: string }>;
  /** The comparability the new version declares: its question key and the earlier version's. */
  comparable: Array<{ key: string; earlierKey: string }>;
  /** The earlier version's questions no question of the new version is compared with. */
  notComparable: string[];
}

export function frameworkChanges(earlier: FrameworkDefinition, next: FrameworkDefinition): FrameworkChanges {
  const before = new Map(earlier.measures.map((measure) => [measure.key, measure]));
  const after = new Map(next.measures.map((measure) => [measure.key, measure]));
  const declared = next.comparableWith?.fromVersion === earlier.version ? next.comparableWith.measures : {};
  const comparable = Object.entries(declared)
    .filter(([key, earlierKey]) => after.has(key) && before.has(earlierKey))
    .map(([key, earlierKey]) => ({ key, earlierKey }));
  const compared = new Set(comparable.map((pair) => pair.earlierKey));
  const reworded: FrameworkChanges['reworded'] = [];
  const moved: FrameworkChanges['moved'] = [];
  for (const measure of next.measures) {
    const old = before.get(measure.key);
    if (!old) continue;
    if (old.text !== measure.text) reworded.push({ key: measure.key, before: old.text, after: measure.text });
    if (old.criterion !== measure.criterion)
      moved.push({ key: measure.key, fromCriterion: old.criterion, toCriterion: measure.criterion });
  }
  return {
    fromVersion: earlier.version,
    added: next.measures.filter((measure) => !before.has(measure.key)).map((measure) => measure.key),
    removed: earlier.measures.filter((measure) => !after.has(measure.key)).map((measure) => measure.key),
    reworded,
    moved,
    comparable,
    notComparable: earlier.measures.filter((measure) => !compared.has(measure.key)).map((measure) => measure.key),
  };
}
