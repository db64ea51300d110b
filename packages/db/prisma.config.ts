// Prisma's CLI looks for a native schema engine at start and tries to download one when it is missing; these
// machines cannot reach the download host. generate/validate/format never run the engine, so a placeholder file
// satisfies the check. Migrations run through @prisma/schema-engine-wasm (scripts/migrate.ts), not the CLI.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma's CLI reports usage to its checkpoint server unless told not to.
process.env.CHECKPOINT_DISABLE ??= '1';
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./prisma/schema-engine.placeholder', import.meta.url),
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
