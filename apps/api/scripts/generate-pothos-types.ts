// The API's own generated code: Pothos' Prisma types come from the storage schema, but they belong to the transport,
// so the API makes them here and the db package knows nothing of GraphQL. The schema is copied with the db package's
// generators replaced by Pothos' one, and Prisma's CLI runs on that copy (generate never starts an engine; see
// packages/db/prisma.config.ts for why a placeholder engine path is set).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = fileURLToPath(new URL('..', import.meta.url));
const dbRoot = join(apiRoot, 'node_modules', '@scrutiny', 'db');
const storageSchema = readFileSync(join(dbRoot, 'prisma/schema.prisma'), 'utf8');

const withoutGenerators = storageSchema.replace(/^generator\s+\w+\s*\{[^}]*\}\s*$/gm, '');
const pothosGenerator = `
generator pothos {
  provider          = "prisma-pothos-types"
  output            = "../../src/generated/pothos-types.ts"
  clientOutput      = "@scrutiny/db"
  generateDatamodel = true
}
`;

const copyDir = join(apiRoot, '.prisma', 'pothos');
mkdirSync(copyDir, { recursive: true });
const copy = join(copyDir, 'schema.prisma');
writeFileSync(
  copy,
  `// Written by scripts/generate-pothos-types.ts from packages/db/prisma/schema.prisma: do not edit.\n${withoutGenerators}${pothosGenerator}`,
);

// Prisma's CLI is the db package's tool; its copy is used rather than a second one.
const prismaCli = join(dbRoot, 'node_modules', 'prisma', 'build', 'index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', copy], {
  cwd: apiRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    CHECKPOINT_DISABLE: '1',
    PRISMA_SCHEMA_ENGINE_BINARY: join(dbRoot, 'prisma/schema-engine.placeholder'),
  },
});
process.exit(result.status ?? 1);
