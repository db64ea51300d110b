import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// OWASP's argon2id settings (19 MiB, 2 iterations, 1 lane).
// `algorithm: 2` is Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const ARGON2ID = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A hash of a random password nobody knows, made once per process with the same settings: a sign-in naming an unknown
// email is checked against it, so that it takes as long as one naming a real account.
let unknownAccountHash: Promise<string> | undefined;

/** Checks a password against the account's hash, or against a dummy one (always false) when there is no account. */
export async function verifyAccountPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash !== null) return verifyPassword(passwordHash, password);
  unknownAccountHash ??= hashPassword(randomBytes(32).toString('base64url'));
  await verifyPassword(await unknownAccountHash, password);
  return false;
}
