import type { UserRole } from '@scrutiny/db';
import { UnauthenticatedError } from '../services/errors.ts';

/** Who is asking: the signed-in user, or null for an anonymous caller. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** The area an assessor is seconded from, or a board member sits for. */
  areaId: string | null;
  /** Whether they sign in with a second factor (sessions read it; absent means no). */
  twoFactorEnabled?: boolean;
  /** Whether this session was started through the organisation's identity provider (absent means no). */
  singleSignOn?: boolean;
}

/** The signed-in viewer; an anonymous caller is told to sign in first. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** Roles of the inspectorate that see everything of every inspection (DOMAIN.md § Who uses it). */
export const SEES_ALL_INSPECTIONS: readonly UserRole[] = [
  'CHIEF_INSPECTOR',
  'INFORMATION_MANAGER',
  'ADMINISTRATOR',
  'ADMIN_OFFICER',
];
/** Roles that may read case content at all (each still limited by membership or assignment). */
export const READS_CASE_CONTENT: readonly UserRole[] = [
  'INSPECTOR',
  'CHIEF_INSPECTOR',
  'INFORMATION_MANAGER',
  'AREA_ASSESSOR',
];
