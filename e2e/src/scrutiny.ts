// Starts the whole of Scrutiny as a user gets it: the API on a fresh embedded database with the reference and demo
// data, serving the built apps on one port.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, listen, readConfig, referenceSeed, seedReferenceData } from '@scrutiny/api/testing';

export interface RunningScrutiny {
  url: string;
  close(): Promise<void>;
}

/**
 * `plugins` replaces the configured plugin list (the defaults), e.g. to load a plugin under test as well;
 * `trustedDocuments: 'require'` runs as production does: signed-in sessions may send only the apps' documents;
 * `requireTwoFactorRoles` is SCRUTINY_REQUIRE_2FA_ROLES (none unless given).
 */
export async function startScrutiny(
  options: {
    plugins?: string[];
    trustedDocuments?: 'require' | 'allow';
    requireTwoFactorRoles?: string;
    /** A fixed port (when an address must be known beforehand, as single sign-on's redirect URL); else any free one. */
    port?: number;
    /** More settings, as environment variables (SCRUTINY_OIDC_…). */
    env?: Record<string, string>;
  } = {},
): Promise<RunningScrutiny> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scrutiny-e2e-'));
  const configured = {
    ...readConfig({
      SCRUTINY_DATA_DIR: dataDir,
      PORT: String(options.port ?? 0),
      SCRUTINY_LOG_LEVEL: 'warn',
      SCRUTINY_TRUSTED_DOCUMENTS: options.trustedDocuments,
      SCRUTINY_REQUIRE_2FA_ROLES: options.requireTwoFactorRoles,
      ...options.env,
    }),
    secureCookies: false,
  };
  const config = options.plugins ? { ...configured, plugins: options.plugins } : configured;
  const app = await createApp(config);
  await seedReferenceData(app.db.prisma, app.services.frameworks, referenceSeed());
  const running = await listen(app, config);
  return { url: running.url, close: running.close };
}
