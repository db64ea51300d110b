import type { Prisma, UserRole } from '@scrutiny/db';
import type { Viewer } from './viewer.ts';
import { ForbiddenError, UnauthenticatedError } from '../services/errors.ts';

/** The role a first administrator is made with. */
export const ADMINISTRATOR_ROLE: UserRole = 'ADMINISTRATOR';

/** The administrators, as a database filter (the first start makes one; the last active one is kept). */
export const ADMINISTRATORS: Prisma.UserWhereInput = { role: ADMINISTRATOR_ROLE };

/** Whether this person is an administrator (of the platform: people, areas, tokens, sessions). */
export function isAdministrator(person: { role: string } | null | undefined): boolean {
  return person?.role === 'ADMINISTRATOR';
}

/** Only administrators administer: anyone else signed in is FORBIDDEN, an anonymous caller UNAUTHENTICATED. */
export function requireAdministrator(viewer: Viewer | null, what: string): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (!isAdministrator(viewer)) throw new ForbiddenError(`Only administrators ${what}.`);
  return viewer;
}
