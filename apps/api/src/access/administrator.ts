import type { Viewer } from './viewer.ts';
import { ForbiddenError, UnauthenticatedError } from '../services/errors.ts';

/** Only administrators administer: anyone else signed in is FORBIDDEN, an anonymous caller UNAUTHENTICATED. */
export function requireAdministrator(viewer: Viewer | null, what: string): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (viewer.role !== 'ADMINISTRATOR') throw new ForbiddenError(`Only administrators ${what}.`);
  return viewer;
}
