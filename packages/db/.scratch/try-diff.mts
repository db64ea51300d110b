import { diffMigrationsToSchema } from '/work/main/packages/db/src/migrations/schema-diff.ts';
import { defaultMigrationsDir, defaultSchemaPath, readMigrationFiles } from '/work/main/packages/db/src/migrations/migration-files.ts';
const t = Date.now();
const sql = await diffMigrationsToSchema({ migrationsDir: defaultMigrationsDir, migrations: await readMigrationFiles(), schemaPath: defaultSchemaPath });
console.log(sql.slice(0, 1500)); console.log('...', sql.length, 'chars', Date.now() - t, 'ms');
