import type { UserRole } from '@scrutiny/db';
import type { Viewer } from './viewer.ts';
import { READS_CASE_CONTENT } from './viewer.ts';
import { isAdministrator } from './administrator.ts';

export interface AuthScopes {
  signedIn: boolean;
  /** Administers the platform (people, areas, tokens): asked by name, so that no schema file names a role. */
  administers: boolean;
  anyRole: readonly UserRole[];
  readsCaseContent: boolean;
}

export function authScopesFor(viewer: Viewer | null) {
  return {
    signedIn: viewer !== null,
    administers: isAdministrator(viewer),
    anyRole: (roles: readonly UserRole[]) => viewer !== null && roles.includes(viewer.role),
    readsCaseContent: viewer !== null && READS_CASE_CONTENT.includes(viewer.role),
  };
}
