// When an area is due a follow-up inspection (issue 12; DOMAIN.md § Programme): an inspection that raised concerns
// is followed up about a year later. An inspection raised concerns when it was published with at least one
// recommendation (the West Midlands 2004 inspection made seven; its 2005 follow-up made none, and needs none).

/** A follow-up is due in the year after the inspection that raised concerns. */
export const FOLLOW_UP_AFTER_YEARS = 1;

/** DUE: in its year. OVERDUE: its year has passed. PLANNED: a follow-up is planned but not yet under way. */
export type FollowUpStanding = 'DUE' | 'OVERDUE' | 'PLANNED';

export interface InspectionForFollowUp {
  id: string;
  year: number;
  published: boolean;
  recommendations: number;
  /** The inspections that name this one as their baseline: `planned` while they are only planned. */
  followedUpBy: readonly { planned: boolean }[];
}

export interface FollowUpDue {
  /** The inspection that raised concerns. */
  inspectionId: string;
  dueYear: number;
  standing: FollowUpStanding;
}

/** Whether the inspection raised concerns: published, with at least one recommendation. */
export function raisedConcerns(inspection: Pick<InspectionForFollowUp, 'published' | 'recommendations'>): boolean {
  return inspection.published && inspection.recommendations > 0;
}

/**
 * The follow-up an area is due in a programme year, from its latest inspection that raised concerns (held before
 * that year): null when there is none, when a follow-up of it is already under way or held, or before its year.
 */
export function followUpDue(year: number, inspections: readonly InspectionForFollowUp[]): FollowUpDue | null {
  const concerning = inspections
    .filter((inspection) => inspection.year < year && raisedConcerns(inspection))
    .sort((a, b) => b.year - a.year)[0];
  if (!concerning) return null;
  const dueYear = concerning.year + FOLLOW_UP_AFTER_YEARS;
  if (concerning.followedUpBy.some((followUp) => !followUp.planned)) return null;
  if (concerning.followedUpBy.length > 0) return { inspectionId: concerning.id, dueYear, standing: 'PLANNED' };
  if (year < dueYear) return null;
  return { inspectionId: concerning.id, dueYear, standing: year === dueYear ? 'DUE' : 'OVERDUE' };
}
