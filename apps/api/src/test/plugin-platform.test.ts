// The plugin platform as an operator and a plugin author meet it: plugins named in configuration extend the schema
// and nothing else, leave no trace when removed, are refused at start with a message naming them when they break
// the contract, and their fields are authorized by the host through HTTP.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { buildSchema, isObjectType, printType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { DEFAULT_PLUGINS, readConfig } from '../env.ts';
import { loadConfiguredPlugins } from '../plugins/load-plugins.ts';
import { applySchemaExtensions } from '../plugins/schema-extensions.ts';
import { printSortedSchema, toSchema } from '../schema/index.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

const TEMPLATE = '@scrutiny/plugin-template';
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/plugins/${name}.ts`, import.meta.url));

async function servedSchema(plugins: readonly string[]): Promise<GraphQLSchema> {
  return applySchemaExtensions(toSchema(), await loadConfiguredPlugins(plugins));
}

describe('removing a plugin from the configuration', () => {
  it('removes its types and fields from the printed schema, and changes nothing else', async () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    const without = printSortedSchema(await servedSchema(DEFAULT_PLUGINS));
    const withTemplate = printSortedSchema(await servedSchema([...DEFAULT_PLUGINS, TEMPLATE]));
    expect(without).toBe(committed);
    expect(withTemplate).not.toBe(without);

    // Diff the two printed schemas type by type: only the plugin's own type is new, only the type it extends
    // differs, and that only by the field it adds.
    const before = buildSchema(without);
    const after = buildSchema(withTemplate);
    const added = Object.keys(after.getTypeMap()).filter((name) => !before.getType(name));
    expect(added).toEqual(['CaseFileRiskCount']);
    const changed = Object.keys(before.getTypeMap()).filter(
      (name) => printType(before.getType(name)!) !== printType(after.getType(name)!),
    );
    expect(changed).toEqual(['Inspection']);
    const inspectionBefore = before.getType('Inspection');
    const inspectionAfter = after.getType('Inspection');
    if (!isObjectType(inspectionBefore) || !isObjectType(inspectionAfter)) throw new Error('Inspection is an object');
    const newFields = Object.keys(inspectionAfter.getFields()).filter((f) => !(f in inspectionBefore.getFields()));
    expect(newFields).toEqual(['caseFileCountByRisk']);
    expect(String(inspectionAfter.getFields().caseFileCountByRisk!.type)).toBe('[CaseFileRiskCount!]');
  });

  it('leaves the host schema itself untouched, so every app built without the plugin serves the committed one', async () => {
    await servedSchema([...DEFAULT_PLUGINS, TEMPLATE]);
    expect(printSortedSchema()).toBe(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  });
});

describe('a plugin that breaks the contract', () => {
  const config = { ...readConfig({ SCRUTINY_LOG_LEVEL: 'silent' }), secureCookies: false };

  it.each([
    ['invalid-sdl', /plugin @fixture\/plugin-invalid-sdl 1\.0\.0 has SDL that does not parse: Syntax Error/],
    [
      'type-collision',
      /plugin @fixture\/plugin-type-collision 1\.0\.0 breaks the schema: Type "Area" already exists in the schema/,
    ],
    [
      'field-collision',
      /plugin @fixture\/plugin-field-collision 1\.0\.0 breaks the schema: Field "Inspection\.year" already exists/,
    ],
    [
      'throws-at-build',
      /plugin @fixture\/plugin-throws-at-build 1\.0\.0 failed while extending the schema: the lookup table is missing/,
    ],
    ['missing-resolver', /plugin @fixture\/plugin-missing-resolver 1\.0\.0 adds Area\.openDataUrl without a resolver/],
    [
      'restricted-non-null',
      /plugin @fixture\/plugin-restricted-non-null 1\.0\.0 adds Inspection\.internalNote as non-null, but it is not public/,
    ],
    ['incompatible', /plugin @fixture\/plugin-incompatible 3\.0\.0 supports platform \^2\.0\.0, this is 0\.1\.0/],
  ])('is refused at start: %s', async (name, message) => {
    await expect(createApp({ ...config, plugins: [...DEFAULT_PLUGINS, fixture(name)] })).rejects.toThrow(message);
  });

  it('is refused when it clashes with another plugin rather than with the host', async () => {
    await expect(
      createApp({ ...config, plugins: [...DEFAULT_PLUGINS, TEMPLATE, fixture('duplicate-of-template')] }),
    ).rejects.toThrow(
      /plugin @fixture\/plugin-duplicate-of-template 1\.0\.0 breaks the schema: Field "Inspection\.caseFileCountByRisk" already exists/,
    );
  });

  it('stops the server process before it listens, saying which plugin and why', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: {
        ...process.env,
        PORT: '0',
        SCRUTINY_LOG_LEVEL: 'silent',
        SCRUTINY_PLUGINS: [...DEFAULT_PLUGINS, fixture('type-collision')].join(','),
      },
      timeout: 60_000,
    });
    const failure = await run.then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    expect(failure?.stderr).toMatch(
      /Refusing to start: plugin @fixture\/plugin-type-collision 1\.0\.0 breaks the schema: Type "Area" already exists/,
    );
  });
});

describe('a plugin field through HTTP', () => {
  let api: TestApi;
  let wm2005: { id: string; rowId: string };

  beforeAll(async () => {
    api = await startTestApi({ seed: true, config: { plugins: [...DEFAULT_PLUGINS, TEMPLATE] } });
    const row = await api.app.db.prisma.inspection.findFirstOrThrow({
      where: { year: 2005, area: { code: 'WMPA' } },
      select: { id: true },
    });
    const found = await api.gql<{
      inspections: { edges: { node: { id: string; year: number; area: { code: string } } }[] };
    }>(`{ inspections(publishedOnly: true, first: 50) { edges { node { id year area { code } } } } }`);
    const node = found
      .data!.inspections.edges.map((e) => e.node)
      .find((n) => n.area.code === 'WMPA' && n.year === 2005)!;
    wm2005 = { id: node.id, rowId: row.id };
  }, 240_000);
  afterAll(() => api?.close());

  const query = `query ($id: ID!) { inspection(id: $id) { year caseFileCountByRisk { riskOfHarm caseFiles } } }`;

  it('is refused to an anonymous reader, who still gets the rest of the inspection', async () => {
    const answer = await api.gql<{ inspection: { year: number; caseFileCountByRisk: null } }>(query, {
      id: wm2005.id,
    });
    expect(answer.data?.inspection).toEqual({ year: 2005, caseFileCountByRisk: null });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['UNAUTHENTICATED', 'Sign in first.']]);
  });

  it("gives a signed-in user the sample's counts by risk of harm, as the database holds them", async () => {
    const cookie = await api.signIn(DEMO_EMAILS.westMidlandsBoardMember);
    const answer = await api.gql<{
      inspection: { caseFileCountByRisk: { riskOfHarm: string; caseFiles: number }[] };
    }>(query, { id: wm2005.id }, cookie);
    expect(answer.errors).toBeUndefined();
    const counts = answer.data!.inspection.caseFileCountByRisk;
    expect(counts.map((c) => c.riskOfHarm)).toEqual(['VERY_HIGH', 'HIGH', 'MEDIUM', 'LOW']);
    expect(counts.reduce((sum, c) => sum + c.caseFiles, 0)).toBe(40);
    const stored = await api.app.db.prisma.caseFile.groupBy({
      by: ['riskOfHarm'],
      where: { inspectionId: wm2005.rowId, sampleRole: 'SAMPLE' },
      _count: true,
    });
    for (const { riskOfHarm, _count } of stored)
      expect(counts.find((c) => c.riskOfHarm === riskOfHarm)?.caseFiles).toBe(_count);
  });

  it("adds the plugin's report section to the published report, for the board and for every download", async () => {
    const answer = await api.gql<{
      inspection: {
        additionalReportSections: {
          key: string;
          plugin: string;
          title: string;
          paragraphs: string[];
          table: { caption: string; columns: string[]; rows: { cells: string[] }[] } | null;
        }[];
      };
    }>(
      `query ($id: ID!) { inspection(id: $id) { additionalReportSections {
        key plugin title paragraphs table { caption columns rows { cells } } } } }`,
      { id: wm2005.id },
    );
    expect(answer.errors).toBeUndefined();
    const [section, ...others] = answer.data!.inspection.additionalReportSections;
    expect(others).toEqual([]);
    expect(section).toMatchObject({ key: 'figures-with-care', plugin: TEMPLATE, title: 'Figures to read with care' });
    // West Midlands 2005 publishes 62 figures, none on fewer than five case files.
    expect(section!.paragraphs).toEqual(['Each of the 62 figures rests on five or more applicable case files.']);
    expect(section!.table).toBeNull();

    const download = await api.app.yoga.fetch(
      `http://scrutiny.test/exports/${encodeURIComponent(wm2005.id)}/figures-json`,
    );
    expect(download.status).toBe(200);
    const json = (await download.json()) as { additionalSections?: { key: string; paragraphs: string[] }[] };
    expect(json.additionalSections?.map((s) => s.key)).toEqual(['figures-with-care']);
    expect(json.additionalSections![0]!.paragraphs).toEqual(section!.paragraphs);
  });

  it('costs one SQL statement for a whole list of inspections, not one per inspection', async () => {
    const cookie = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
    const list = (extra: string) =>
      api.countQueries(() =>
        api.gql<{ inspections: { edges: { node: { id: string } }[] } }>(
          `{ inspections(first: 50) { edges { node { id ${extra} } } } }`,
          {},
          cookie,
        ),
      );
    // A session's first request also looks the session up (the cache answers the next ones): measure after it.
    await list('');
    const plain = await list('');
    const withCounts = await list('caseFileCountByRisk { riskOfHarm caseFiles }');
    expect(withCounts.result.errors).toBeUndefined();
    expect(plain.result.data!.inspections.edges.length).toBeGreaterThan(2);
    expect(withCounts.statements - plain.statements).toBe(1);
  });

  it('lists the plugin among the loaded plugins', async () => {
    const answer = await api.gql<{ plugins: { name: string; version: string }[] }>(
      '{ plugins { name version reportSections extendsSchema } }',
    );
    expect(answer.data!.plugins).toContainEqual({
      name: TEMPLATE,
      version: '0.1.0',
      reportSections: ['figures-with-care'],
      extendsSchema: true,
    });
    expect(answer.data!.plugins).toContainEqual({
      name: '@scrutiny/plugin-framework-esi',
      version: '0.1.0',
      reportSections: [],
      extendsSchema: false,
    });
  });
});
