// Prints the sorted SDL to apps/api/schema.graphql (committed; a test fails when it drifts): the schema the API
// serves with its default plugins, their schema extensions included.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PLUGINS } from '../env.ts';
import { loadConfiguredPlugins } from '../plugins/load-plugins.ts';
import { applySchemaExtensions } from '../plugins/schema-extensions.ts';
import { printSortedSchema, toSchema } from '../schema/index.ts';

const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(
  target,
  printSortedSchema(applySchemaExtensions(toSchema(), await loadConfiguredPlugins(DEFAULT_PLUGINS))),
);
console.log(`wrote ${target}`);
