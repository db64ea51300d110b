// The inspection cycle (issue 12; DOMAIN.md): every area inspected once in three years. Where an area stands in a
// programme year, from its inspections.

export const CYCLE_YEARS = 3;

export type CycleStanding = 'PLANNED' | 'INSPECTED' | 'OVERDUE' | 'NOT_PLANNED';

export interface CycleInspection {
  year: number;
  /** Still only planned (not yet in fieldwork or beyond). */
  planned: boolean;
}

/**
 * PLANNED: an inspection is planned for this year or later. INSPECTED: one was held within the last three years
 * (this one included). OVERDUE: the last was held three or more years ago. NOT_PLANNED: never inspected, none planned.
 */
export function cycleStanding(year: number, inspections: readonly CycleInspection[]): CycleStanding {
  if (inspections.some((inspection) => inspection.planned && inspection.year >= year)) return 'PLANNED';
  const held = inspections.filter((inspection) => !inspection.planned && inspection.year <= year);
  if (held.length === 0) return 'NOT_PLANNED';
  const latest = Math.max(...held.map((inspection) => inspection.year));
  return year - latest < CYCLE_YEARS ? 'INSPECTED' : 'OVERDUE';
}
