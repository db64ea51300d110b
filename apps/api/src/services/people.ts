// People and their roles (issue 12): administrators invite, change roles, deactivate and reactivate people, and issue
// password-reset links. Every change of what a person may do ends their sessions at once on
// every process (through the session cache), and is written to the audit log with who did it.
import type { AccountLinkPurpose, PrismaClient, UserRole } from '@scrutiny/db';
import type { Viewer } from '../access/viewer.ts';
import { accountLinkUrl, issueAccountLink, revokePendingLinks } from '../auth/account-links.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import {
  AlreadyExistsError,
  InvalidInputError,
  InvalidStateError,
  LastAdministratorError,
  NotFoundError,
} from './errors.ts';
import { audit } from './audit.ts';
import type { Mailer } from './mail.ts';
import { ADMINISTRATORS, ADMINISTRATOR_ROLE, isAdministrator } from '../access/administrator.ts';
import { belongsToAnArea } from '../access/roles.ts';

export interface PeopleDeps {
  prisma: PrismaClient;
  sessions: Pick<SessionCache, 'end'>;
  mailer: Mailer | null;
  /** Where people reach Scrutiny, for the links. */
  baseUrl: string;
}

export interface IssuedLink {
  url: string;
  expiresAt: Date;
  /** Whether it was also sent by email. */
  emailed: boolean;
}

/** Checks the area a role needs: assessors and board members have one, and no one else has. */
async function checkRoleArea(prisma: PrismaClient, role: UserRole, areaId: string | null): Promise<string | null> {
  if (!belongsToAnArea(role)) {
    if (areaId)
      throw new InvalidInputError('Only area assessors and board members belong to an area.', [
        { path: 'areaId', message: 'Only area assessors and board members belong to an area.' },
      ]);
    return null;
  }
  if (!areaId) throw new InvalidInputError('Choose the area.', [{ path: 'areaId', message: 'Choose the area.' }]);
  const area = await prisma.area.findUnique({ where: { id: areaId } });
  if (!area || area.archivedAt) throw new NotFoundError('That area');
  return area.id;
}

const MAIL_TEXT: Record<AccountLinkPurpose, (name: string, url: string) => { subject: string; text: string }> = {
  FIRST_ADMINISTRATOR: (name, url) => ({
    subject: 'Set your Scrutiny password',
    text: `Hello ${name},\n\nSet your password to start using Scrutiny:\n\n${url}\n\nThe link works once, within 24 hours.\n`,
  }),
  INVITATION: (name, url) => ({
    subject: 'You are invited to Scrutiny',
    text: `Hello ${name},\n\nYou have been invited to Scrutiny. Set your password to accept:\n\n${url}\n\nThe link works once, within 24 hours.\n`,
  }),
  PASSWORD_RESET: (name, url) => ({
    subject: 'Reset your Scrutiny password',
    text: `Hello ${name},\n\nAn administrator has issued you a link to set a new password:\n\n${url}\n\nThe link works once, within 24 hours. If you did not ask for it, tell your administrator.\n`,
  }),
};

async function issueLink(
  deps: PeopleDeps,
  viewer: Viewer | null,
  user: { id: string; email: string; name: string },
  purpose: AccountLinkPurpose,
): Promise<IssuedLink> {
  const { token, expiresAt } = await issueAccountLink(deps.prisma, {
    userId: user.id,
    purpose,
    issuedById: viewer?.id ?? null,
  });
  const url = accountLinkUrl(deps.baseUrl, token);
  const mail = MAIL_TEXT[purpose](user.name, url);
  const emailed = deps.mailer ? await deps.mailer.send({ to: user.email, ...mail }) : false;
  return { url, expiresAt, emailed };
}

export async function invitePerson(
  deps: PeopleDeps,
  viewer: Viewer,
  input: { email: string; name: string; role: UserRole; areaId: string | null },
) {
  const email = input.email.trim().toLowerCase();
  const areaId = await checkRoleArea(deps.prisma, input.role, input.areaId);
  if (await deps.prisma.user.findUnique({ where: { email } }))
    throw new AlreadyExistsError('email', `Someone with the email ${email} already has an account.`);
  // No password until the link is used: an empty hash matches no password (sign-in treats it as an unknown email).
  const user = await deps.prisma.user.create({
    data: { email, name: input.name.trim(), role: input.role, areaId, passwordHash: '' },
  });
  await audit(deps.prisma, viewer, {
    action: 'user.invite',
    entity: 'User',
    entityId: user.id,
    after: { email, name: user.name, role: user.role, areaId },
  });
  return { user, link: await issueLink(deps, viewer, user, 'INVITATION') };
}

/** Refuses a change that would leave no active administrator. */
async function keepAnAdministrator(prisma: PrismaClient, userId: string): Promise<void> {
  const others = await prisma.user.count({
    where: { ...ADMINISTRATORS, deactivatedAt: null, id: { not: userId } },
  });
  if (others === 0) throw new LastAdministratorError();
}

async function personOrThrow(prisma: PrismaClient, userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError('That person');
  return user;
}

export async function changeRole(
  deps: PeopleDeps,
  viewer: Viewer,
  input: { userId: string; role: UserRole; areaId: string | null },
) {
  const user = await personOrThrow(deps.prisma, input.userId);
  const areaId = await checkRoleArea(deps.prisma, input.role, input.areaId);
  if (isAdministrator(user) && !isAdministrator(input) && !user.deactivatedAt)
    await keepAnAdministrator(deps.prisma, user.id);
  const updated = await deps.prisma.user.update({ where: { id: user.id }, data: { role: input.role, areaId } });
  await audit(deps.prisma, viewer, {
    action: 'user.change-role',
    entity: 'User',
    entityId: user.id,
    before: { role: user.role, areaId: user.areaId },
    after: { role: updated.role, areaId },
  });
  // What they may do changed: their sessions end, and they sign in again with the new rights.
  await endSessionsOf(deps.prisma, deps.sessions, user.id);
  return updated;
}

export async function deactivatePerson(deps: PeopleDeps, viewer: Viewer, userId: string) {
  const user = await personOrThrow(deps.prisma, userId);
  if (user.deactivatedAt) return user;
  if (isAdministrator(user)) await keepAnAdministrator(deps.prisma, user.id);
  const updated = await deps.prisma.$transaction(async (tx) => {
    const row = await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    await revokePendingLinks(tx, user.id);
    await audit(tx, viewer, { action: 'user.deactivate', entity: 'User', entityId: user.id });
    return row;
  });
  await endSessionsOf(deps.prisma, deps.sessions, user.id);
  return updated;
}

export async function reactivatePerson(deps: PeopleDeps, viewer: Viewer, userId: string) {
  const user = await personOrThrow(deps.prisma, userId);
  if (!user.deactivatedAt) return user;
  const updated = await deps.prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
  await audit(deps.prisma, viewer, { action: 'user.reactivate', entity: 'User', entityId: user.id });
  return updated;
}

/** A new one-time link to set a password: for someone who forgot theirs, or whose invitation expired. */
export async function issuePasswordReset(deps: PeopleDeps, viewer: Viewer, userId: string) {
  const user = await personOrThrow(deps.prisma, userId);
  if (user.deactivatedAt) throw new InvalidStateError('Reactivate this person first.');
  const purpose: AccountLinkPurpose = user.passwordHash === '' ? 'INVITATION' : 'PASSWORD_RESET';
  const link = await issueLink(deps, viewer, user, purpose);
  await audit(deps.prisma, viewer, {
    action: purpose === 'INVITATION' ? 'user.invite.reissue' : 'user.password-reset.issue',
    entity: 'User',
    entityId: user.id,
  });
  return { user, link };
}

/** The first start's administrator, made once: later starts (or a second email) make none. */
export async function ensureFirstAdministrator(
  deps: PeopleDeps,
  email: string,
): Promise<{ created: false } | { created: true; link: IssuedLink }> {
  const existing = await deps.prisma.user.count({ where: ADMINISTRATORS });
  if (existing > 0) return { created: false };
  const address = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw new Error(`"${email}" is not an email address.`);
  const user = await deps.prisma.user.create({
    data: { email: address, name: address.split('@')[0] ?? address, role: ADMINISTRATOR_ROLE, passwordHash: '' },
  });
  await audit(deps.prisma, null, {
    action: 'user.first-administrator',
    entity: 'User',
    entityId: user.id,
    after: { email: address },
  });
  return { created: true, link: await issueLink(deps, null, user, 'FIRST_ADMINISTRATOR') };
}
