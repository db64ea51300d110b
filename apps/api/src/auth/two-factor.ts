// Two-factor sign-in with an authenticator app (TOTP, RFC 6238, through `otpauth`) and one-time recovery codes.
// A code is accepted one step either side of now (clock drift), and never twice: each account keeps the last step it
// accepted, moved forward in one conditional update, so a code seen by someone else (or sent twice at once) fails.
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { PrismaClient } from '@scrutiny/db';

const PERIOD_SECONDS = 30;
/** Steps either side of now a code may be from. */
const DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Scrutiny';

function totp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

export interface Enrolment {
  /** The secret as text (base32), for typing into an app that cannot scan. */
  secret: string;
  /** The otpauth:// URI the QR code holds. */
  uri: string;
  /** The QR code as an SVG data URL. */
  qrCode: string;
}

/** A new secret for a person to enrol, with what their authenticator app needs. */
export async function newEnrolment(email: string): Promise<Enrolment> {
  const secret = new Secret({ size: 20 }).base32;
  const uri = totp(secret, email).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** The time step a six-digit code belongs to, within the drift window, or null. */
export function codeStep(secret: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret, '').validate({ token, timestamp: now, window: DRIFT_STEPS });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/**
 * Accepts a code once: moves the account's last accepted step forward to the code's, in one update that finds it
 * earlier. False for a wrong code, or one of a step already used (a replay).
 */
export async function acceptCode(
  prisma: PrismaClient,
  user: { id: string; totpSecret: string },
  code: string,
): Promise<boolean> {
  const step = codeStep(user.totpSecret, code);
  if (step === null) return false;
  const { count } = await prisma.user.updateMany({
    where: { id: user.id, totpSecret: user.totpSecret, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(code.replace(/[\s-]+/g, '').toLowerCase())
    .digest('base64url');
}

/** Ten fresh codes such as `k3v9-x2mq-8fza`, shown once; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]!).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Uses up one recovery code: true once for each code, false for any other. */
export async function useRecoveryCode(prisma: PrismaClient, userId: string, code: string): Promise<boolean> {
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

/** A code is a recovery code when it is not six digits. */
export function isRecoveryCode(code: string): boolean {
  return !/^\d{6}$/.test(code.replace(/\s+/g, ''));
}
