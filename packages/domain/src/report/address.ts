// A published report's readable address, `/reports/wmpa-2005-follow-up`: the area's code, the year and the kind of
// inspection. The server (which answers at it) and the board app (which links to it and reads the inspection it
// names) both derive it here from the same list of published inspections, so they always agree.

export type InspectionKindForAddress = 'FULL' | 'FOLLOW_UP';

export interface AddressedInspection {
  /** The inspection's stable (global) id. */
  id: string;
  year: number;
  kind: InspectionKindForAddress;
  area: { code: string };
  /** When it was published (ISO 8601): the order that keeps every slug once given. */
  publishedAt?: string | null;
}

const KIND_WORDS: Record<InspectionKindForAddress, string> = { FULL: 'full', FOLLOW_UP: 'follow-up' };

/** `wmpa-2005-follow-up`: lower case letters, digits and hyphens only. */
export function reportSlug(inspection: Omit<AddressedInspection, 'id'>): string {
  const area = inspection.area.code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${area || 'area'}-${inspection.year}-${KIND_WORDS[inspection.kind]}`;
}

/**
 * Every published inspection's slug, by id. Two inspections of one area, year and kind share a slug: they are told
 * apart in the order they were published (`…-full`, then `…-full-2`), so a slug once given never changes.
 */
export function reportSlugs(inspections: readonly AddressedInspection[]): Map<string, string> {
  const byId = new Map<string, string>();
  const seen = new Map<string, number>();
  const order = (i: AddressedInspection) => `${i.publishedAt ?? ''}|${i.id}`;
  for (const inspection of [...inspections].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))) {
    const base = reportSlug(inspection);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    byId.set(inspection.id, count === 1 ? base : `${base}-${count}`);
  }
  return byId;
}

/** The id of the inspection a slug names, or null when no published inspection has it. */
export function inspectionIdForSlug(inspections: readonly AddressedInspection[], slug: string): string | null {
  for (const [id, candidate] of reportSlugs(inspections)) if (candidate === slug) return id;
  return null;
}

/** Whether an address segment is a slug (as opposed to an inspection id, which has upper case letters). */
export function isReportSlug(segment: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment);
}

/** The year a slug names (`wmpa-2005-follow-up` → 2005), or null: the inspections of that year hold its report. */
export function reportSlugYear(slug: string): number | null {
  const year = /-(\d{4})-(?:full|follow-up)(?:-\d+)?$/.exec(slug)?.[1];
  return year ? Number(year) : null;
}
