// Ending sessions: a person ends one of their own, an administrator every one of a person's (audited). Every end goes
// through the session cache, which tells every process. auth/sessions.ts holds the sessions themselves.
import type { PrismaClient } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import { audit } from './audit.ts';
import { NotFoundError } from './errors.ts';

export interface SessionDeps {
  prisma: PrismaClient;
  sessions: Pick<SessionCache, 'end'>;
}

/** Ends one of the viewer's sessions; answers the hash of its token, so the caller knows whether it was its own. */
export async function endOwnSession(deps: SessionDeps, viewer: Viewer, sessionId: string): Promise<string> {
  const session = await deps.prisma.session.findFirst({ where: { id: sessionId, userId: viewer.id } });
  if (!session) throw new NotFoundError('That session');
  await deps.sessions.end(session.tokenHash);
  return session.tokenHash;
}

/** Ends every session of a person (the viewer administers people); answers how many ended. */
export async function endSessionsOfPerson(deps: SessionDeps, viewer: Viewer, userId: string): Promise<number> {
  const user = await deps.prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError('That person');
  const ended = await endSessionsOf(deps.prisma, deps.sessions, user.id);
  await audit(deps.prisma, viewer, {
    action: 'user.sessions.end-all',
    entity: 'User',
    entityId: user.id,
    after: { ended },
  });
  return ended;
}
