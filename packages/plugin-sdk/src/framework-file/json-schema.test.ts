import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH } from '../cli/framework-command.ts';
import { frameworkJsonSchema } from './schema.ts';

describe('the JSON Schema of the framework file', () => {
  it('is committed as generated from the zod schema (run framework:schema after changing the format)', () => {
    const committed = JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')) as unknown;
    expect(committed).toEqual(frameworkJsonSchema());
  });

  it('describes conditions both in words and as data, and the fields of a question', () => {
    const schema = frameworkJsonSchema() as { properties: Record<string, { items?: { properties?: object } }> };
    expect(Object.keys(schema.properties.questions!.items!.properties!)).toEqual([
      'key',
      'criterion',
      'text',
      'answerSet',
      'applicability',
      'derivation',
      'tags',
      'reportBySubsample',
      'prompts',
    ]);
  });
});
