import type { UserRole } from '@scrutiny/db';
import type { Viewer } from './viewer.ts';
import { READS_CASE_CONTENT } from './viewer.ts';

export interface AuthScopes {
  signedIn: boolean;
  role: UserRole;
  anyRole: readonly UserRole[];
  readsCaseContent: boolean;
}

export function authScopesFor(viewer: Viewer | null) {
  return {
    signedIn: viewer !== null,
    role: (role: UserRole) => viewer?.role === role,
    anyRole: (roles: readonly UserRole[]) => viewer !== null && roles.includes(viewer.role),
    readsCaseContent: viewer !== null && READS_CASE_CONTENT.includes(viewer.role),
  };
}
