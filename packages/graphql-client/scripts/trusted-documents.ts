// Writes an app's manifest of trusted documents: every GraphQL operation its source exports, keyed by the SHA-256 of
// the text the app's client sends. The API reads these manifests and runs a signed-in session's request only when it
// names one of them (SCRUTINY_TRUSTED_DOCUMENTS=require).
//
// Usage: tsx trusted-documents.ts <source folder> <manifest.json>
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kind, type DocumentNode } from 'graphql';
import { trustedDocumentText, sha256Hex } from '../src/trusted-documents.ts';

const [sourceDir, manifestPath] = process.argv.slice(2).map((path) => resolve(path));
if (!sourceDir || !manifestPath) throw new Error('usage: trusted-documents.ts <source folder> <manifest.json>');

function modulesWithDocuments(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') found.push(...modulesWithDocuments(path));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      if (/\bgraphql\(/.test(text)) {
        // Documents live in plain modules so this script can load them without a DOM; a component defining its
        // own document would be missed and its requests refused, so say so here rather than in production.
        if (path.endsWith('.tsx'))
          throw new Error(`${path} defines a GraphQL document: move it to a documents module (.ts).`);
        found.push(path);
      }
    }
  }
  return found.sort();
}

function isOperation(value: unknown): value is DocumentNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as DocumentNode).kind === Kind.DOCUMENT &&
    (value as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION)
  );
}

const manifest: Record<string, string> = {};
for (const path of modulesWithDocuments(sourceDir)) {
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  for (const value of Object.values(module)) {
    if (!isOperation(value)) continue;
    const text = trustedDocumentText(value);
    manifest[await sha256Hex(text)] = text;
  }
}

const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
mkdirSync(dirname(manifestPath), { recursive: true });
writeFileSync(manifestPath, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`wrote ${Object.keys(sorted).length} trusted documents to ${manifestPath}`);
