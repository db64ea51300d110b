// What makes two inspections' scores comparable (DOMAIN.md § Rules: like with like). Two scores are ranked together
// only when they were made on the same framework version, by the same kind of inspection (a full inspection or a
// narrower follow-up), over the same question set, and with offender interviews held or not held alike (a follow-up
// without interviews has its baseline's criterion scores adjusted for the difference; its own scores rest on fewer
// sources than a full inspection's). Whether interviews were held is recorded on the inspection, never inferred. Inspections that differ on any of these are shown apart, each group under its
// own heading, with the reasons it stands apart in words.

export type InspectionKind = 'FULL' | 'FOLLOW_UP';

export interface ComparisonBasis {
  frameworkKey: string;
  frameworkVersion: string;
  frameworkTitle: string;
  kind: InspectionKind;
  /** The set of questions the scores are made over: the framework's core set unless the inspection used another. */
  questionSet: { key: string; label: string };
  /** Whether offenders (and significant other workers) were interviewed. */
  offenderInterviews: boolean;
  /** Whether its comparison with its baseline uses baseline scores adjusted for a difference of method. */
  adjustedBaseline: boolean;
}

/** The question set of a framework that declares none (ESI 2005): every question it holds. */
export const EVERY_QUESTION = { key: 'CORE', label: 'every question' } as const;

export interface BasisFacts {
  frameworkKey: string;
  frameworkVersion: string;
  frameworkTitle: string;
  kind: InspectionKind;
  /** The framework's question sets, core first; absent where it declares none. */
  questionSets?: readonly { key: string; label: string }[];
  /** The question set the inspection's scores were made over; the core set when null. */
  questionSet?: string | null;
  /** Whether offenders were interviewed, as recorded on the inspection when it was planned. */
  offenderInterviews: boolean;
  /** Whether the inspection's baseline has criterion scores adjusted for a difference of method. */
  baselineAdjusted: boolean;
}

export function comparisonBasis(facts: BasisFacts): ComparisonBasis {
  const sets = facts.questionSets ?? [];
  const questionSet = sets.find((set) => set.key === facts.questionSet) ?? sets[0] ?? EVERY_QUESTION;
  return {
    frameworkKey: facts.frameworkKey,
    frameworkVersion: facts.frameworkVersion,
    frameworkTitle: facts.frameworkTitle,
    kind: facts.kind,
    questionSet: { key: questionSet.key, label: questionSet.label },
    offenderInterviews: facts.offenderInterviews,
    adjustedBaseline: facts.baselineAdjusted,
  };
}

/** Equal keys: comparable scores. */
export function basisKey(basis: ComparisonBasis): string {
  return [
    basis.frameworkKey,
    basis.frameworkVersion,
    basis.kind,
    basis.questionSet.key,
    basis.offenderInterviews ? 'interviews' : 'no-interviews',
    basis.adjustedBaseline ? 'adjusted-baseline' : 'baseline-as-recorded',
  ].join('|');
}

const KIND_WORDS: Record<InspectionKind, string> = { FULL: 'full inspections', FOLLOW_UP: 'follow-up inspections' };

/** A heading for a group: "Full inspections on the ESI framework (version 1.0), every question, offender interviews held". */
export function describeBasis(basis: ComparisonBasis): string {
  const kind = KIND_WORDS[basis.kind];
  return [
    `${kind.charAt(0).toUpperCase()}${kind.slice(1)} on the ${basis.frameworkTitle} (version ${basis.frameworkVersion})`,
    `${basis.questionSet.label}`,
    basis.offenderInterviews ? 'offender interviews held' : 'no offender interviews',
  ].join(', ');
}

/** Why scores on `basis` cannot be ranked with scores on `other`, in words: empty when they can. */
export function differencesFrom(basis: ComparisonBasis, other: ComparisonBasis): string[] {
  const reasons: string[] = [];
  if (basis.frameworkKey !== other.frameworkKey || basis.frameworkVersion !== other.frameworkVersion)
    reasons.push(
      `it used the ${basis.frameworkTitle} version ${basis.frameworkVersion}, not version ${other.frameworkVersion}`,
    );
  if (basis.kind !== other.kind)
    reasons.push(
      basis.kind === 'FOLLOW_UP'
        ? 'it is a follow-up, narrower than a full inspection'
        : 'it is a full inspection, wider than a follow-up',
    );
  if (basis.questionSet.key !== other.questionSet.key)
    reasons.push(`its scores are made over ${basis.questionSet.label}, not ${other.questionSet.label}`);
  if (basis.offenderInterviews !== other.offenderInterviews)
    reasons.push(
      basis.offenderInterviews
        ? 'offenders were interviewed'
        : basis.adjustedBaseline
          ? 'no offenders were interviewed, so its baseline’s scores were adjusted to compare with it'
          : 'no offenders were interviewed',
    );
  else if (basis.adjustedBaseline !== other.adjustedBaseline)
    reasons.push(
      basis.adjustedBaseline ? 'its baseline’s scores were adjusted' : 'its baseline’s scores were not adjusted',
    );
  return reasons;
}

export interface ComparableGroup<T> {
  basis: ComparisonBasis;
  /** The heading: what every inspection in the group has in common. */
  heading: string;
  members: T[];
  /** Empty for the first (largest) group; for the others, why they stand apart from it. */
  apartBecause: string[];
}

/**
 * Inspections grouped by what makes them comparable. The group with the most inspections comes first (full
 * inspections before follow-ups on a tie), unless `firstWith` picks the item whose group leads (an area's own
 * inspection, among its peers); every other group says why it stands apart from the first.
 */
export function groupByBasis<T>(
  items: readonly T[],
  basisOf: (item: T) => ComparisonBasis,
  firstWith?: (item: T) => boolean,
): ComparableGroup<T>[] {
  const groups = new Map<string, { basis: ComparisonBasis; members: T[] }>();
  for (const item of items) {
    const basis = basisOf(item);
    const key = basisKey(basis);
    const group = groups.get(key);
    if (group) group.members.push(item);
    else groups.set(key, { basis, members: [item] });
  }
  const leads = (group: { members: T[] }) => (firstWith ? group.members.some(firstWith) : false);
  const ordered = [...groups.entries()]
    .sort(
      ([keyA, a], [keyB, b]) =>
        Number(leads(b)) - Number(leads(a)) ||
        b.members.length - a.members.length ||
        Number(a.basis.kind === 'FOLLOW_UP') - Number(b.basis.kind === 'FOLLOW_UP') ||
        keyA.localeCompare(keyB),
    )
    .map(([, group]) => group);
  const first = ordered[0];
  return ordered.map((group) => ({
    basis: group.basis,
    heading: describeBasis(group.basis),
    members: group.members,
    apartBecause: first && group !== first ? differencesFrom(group.basis, first.basis) : [],
  }));
}
