// Who plans inspections, and who may hold which place in an inspection's team (DOMAIN.md § Who uses it).
import type { InspectionRole, Prisma, UserRole } from '@scrutiny/db';

/** HM inspectors (and chief inspectors) plan inspections; inspection admin officers schedule them. */
const PLANS_INSPECTIONS: readonly UserRole[] = ['INSPECTOR', 'CHIEF_INSPECTOR', 'ADMIN_OFFICER'];

export function mayPlanInspections(role: UserRole | null | undefined): boolean {
  return role != null && PLANS_INSPECTIONS.includes(role);
}

/**
 * The places in a team a user may hold, by what they are (DOMAIN.md § Who uses it): inspectors lead or inspect,
 * an area assessor assesses only for an inspection of the area they are seconded from, information managers and
 * admin officers join as themselves; board members and administrators never join a team.
 */
export function teamRolesFor(
  user: { role: UserRole; areaId: string | null },
  inspection: { areaId: string },
): InspectionRole[] {
  switch (user.role) {
    case 'INSPECTOR':
    case 'CHIEF_INSPECTOR':
      return ['LEAD_INSPECTOR', 'INSPECTOR'];
    case 'AREA_ASSESSOR':
      return user.areaId === inspection.areaId ? ['AREA_ASSESSOR'] : [];
    case 'INFORMATION_MANAGER':
      return ['INFORMATION_MANAGER'];
    case 'ADMIN_OFFICER':
      return ['ADMIN_OFFICER'];
    default:
      return [];
  }
}

/** Who may hold some place in the inspection's team (as `teamRolesFor` says), as a database filter. */
export function mayJoinTeamOf(inspection: { areaId: string }): Prisma.UserWhereInput {
  return {
    OR: [
      { role: { in: ['INSPECTOR', 'CHIEF_INSPECTOR', 'INFORMATION_MANAGER', 'ADMIN_OFFICER'] } },
      { role: 'AREA_ASSESSOR', areaId: inspection.areaId },
    ],
  };
}

/** Why this person may not hold this place in the inspection's team, or null when they may. */
export function teamPlaceRefusal(
  user: { name: string; role: UserRole; areaId: string | null },
  inspection: { areaId: string },
  place: InspectionRole,
): string | null {
  if (teamRolesFor(user, inspection).includes(place)) return null;
  return place === 'AREA_ASSESSOR'
    ? 'An area assessor must be an assessor seconded from the inspected area.'
    : `${user.name} cannot join this team as ${place.toLowerCase().replaceAll('_', ' ')}.`;
}
