// What one's role alone allows, asked by name: read people's emails, see the programme, erase personal data early,
// export a person's data. (Per-inspection questions are in inspection-roles.ts, administration in administrator.ts.)
import type { Prisma, UserRole } from '@scrutiny/db';
import type { Viewer } from './viewer.ts';

/** The inspectorate's staff, who need to reach assessors, see people's emails. */
const SEES_EMAILS: readonly string[] = [
  'ADMINISTRATOR',
  'CHIEF_INSPECTOR',
  'INSPECTOR',
  'INFORMATION_MANAGER',
  'ADMIN_OFFICER',
];

export function seesEmails(viewer: Viewer | null): boolean {
  return viewer !== null && SEES_EMAILS.includes(viewer.role);
}

/** The inspectorate's staff see the year's programme of inspections. */
const SEES_PROGRAMME: readonly string[] = [
  'INSPECTOR',
  'CHIEF_INSPECTOR',
  'INFORMATION_MANAGER',
  'ADMIN_OFFICER',
  'ADMINISTRATOR',
];

export function seesProgramme(viewer: Viewer): boolean {
  return SEES_PROGRAMME.includes(viewer.role);
}

/** Who sees what is held and what was erased: administrators (DOMAIN: "retention") and chief inspectors. */
export const RETENTION_READERS = ['ADMINISTRATOR', 'CHIEF_INSPECTOR'] as const;

/** Only a chief inspector erases an inspection's personal data before its date. */
export function erasesPersonalDataEarly(viewer: Viewer): boolean {
  return viewer.role === 'CHIEF_INSPECTOR';
}

/** Only an information manager exports one person's data (a subject access request). */
export function exportsPersonalData(viewer: Viewer): boolean {
  return viewer.role === 'INFORMATION_MANAGER';
}

/** A board member, as a response-cache class of their own (per area). */
export function isBoardMember(viewer: Viewer): boolean {
  return viewer.role === 'BOARD_MEMBER';
}

/** Whether the viewer's role is one the deployment requires a second factor of (SCRUTINY_REQUIRE_2FA_ROLES). */
export function roleRequiresTwoFactor(viewer: Pick<Viewer, 'role'>, requiredRoles: readonly string[]): boolean {
  return requiredRoles.includes(viewer.role);
}

/** Roles held for an area: an assessor is seconded from one, a board member sits for one; no one else has an area. */
const AREA_ROLES: readonly UserRole[] = ['AREA_ASSESSOR', 'BOARD_MEMBER'];

export function belongsToAnArea(role: UserRole): boolean {
  return AREA_ROLES.includes(role);
}

/** The chief inspectors, as a database filter (a publication made by the system is recorded as the first one's). */
export const CHIEF_INSPECTORS: Prisma.UserWhereInput = { role: 'CHIEF_INSPECTOR' };

/**
 * Whether one of this role reads case files or runs the system (the inspectorate, seconded assessors and
 * administrators: everyone but board members), whom production requires a second factor of unless told otherwise.
 */
export function isInspectorateOrAdministrator(role: UserRole): boolean {
  return role !== 'BOARD_MEMBER';
}
