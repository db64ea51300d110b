// Frameworks written by the inspectorate, through the API: an administrator uploads a file and gets every problem or
// a preview (with what changed since the version it follows), publishes it for new inspections, and anyone signed in
// downloads any framework as a file. A version an inspection uses can never change.
import { readFileSync } from 'node:fs';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { readFrameworkFile, readYamlFramework, writeWorkbookFramework } from '@scrutiny/plugin-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLUGINS } from '../env.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let admin: string;
let inspector: string;

const exampleYaml = readFileSync(
  new URL('../../../../packages/plugins/template/framework/home-visits.yaml', import.meta.url),
  'utf8',
);
const standardsYaml = readFileSync(
  new URL(
    '../../../../packages/plugins/framework-standards/framework/standards-case-supervision-2024.1.yaml',
    import.meta.url,
  ),
  'utf8',
);

const UPLOAD = `mutation ($input: MutationUploadFrameworkInput!) {
  uploadFramework(input: $input) {
    __typename
    ... on MutationUploadFrameworkSuccess {
      data {
        problems { where message sheet row column line path }
        preview {
          key version title storedAlready usedByInspections
          measures { key text }
          changes { fromVersion added removed reworded { key before after } moved { key fromCriterion toCriterion }
                    comparable { key earlierKey } notComparable }
        }
      }
    }
    ... on Error { code message }
  }
}`;
const PUBLISH = `mutation ($input: MutationPublishFrameworkInput!) {
  publishFramework(input: $input) {
    __typename
    ... on MutationPublishFrameworkSuccess { data { id key version title measures { key } } }
    ... on InvalidInputError { problems { path message } }
    ... on Error { code message }
  }
}`;
const DOWNLOAD = `query ($key: String!, $version: String!, $format: FrameworkFileFormat!) {
  frameworkFile(key: $key, version: $version, format: $format) { fileName mediaType content }
}`;

interface Problem {
  where: string;
  message: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  line: number | null;
}
interface Upload {
  __typename: string;
  code?: string;
  data?: {
    problems: Problem[];
    preview: null | {
      key: string;
      version: string;
      storedAlready: boolean;
      usedByInspections: number;
      measures: { key: string; text: string }[];
      changes: null | {
        fromVersion: string;
        added: string[];
        removed: string[];
        reworded: { key: string; before: string; after: string }[];
        moved: { key: string; fromCriterion: string; toCriterion: string }[];
        comparable: { key: string; earlierKey: string }[];
        notComparable: string[];
      };
    };
  };
}
interface Published {
  __typename: string;
  code?: string;
  message?: string;
  problems?: { path: string; message: string }[];
  data?: { id: string; key: string; version: string; measures: { key: string }[] };
}

async function upload(format: 'YAML' | 'XLSX', content: string, as = admin): Promise<Upload> {
  const res = await api.gql<{ uploadFramework: Upload }>(UPLOAD, { input: { format, content } }, as);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.uploadFramework;
}
async function publish(format: 'YAML' | 'XLSX', content: string, as = admin): Promise<Published> {
  const res = await api.gql<{ publishFramework: Published }>(PUBLISH, { input: { format, content } }, as);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.publishFramework;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  admin = await api.signIn(DEMO_EMAILS.administrator);
  inspector = await api.signIn(DEMO_EMAILS.inspector);
}, 240_000);
afterAll(async () => {
  await api?.close();
});

describe('uploading a framework file', () => {
  it('previews a new framework: nothing stored, nothing to compare with', async () => {
    const result = await upload('YAML', exampleYaml);
    expect(result.data!.problems).toEqual([]);
    expect(result.data!.preview).toMatchObject({
      key: 'home-visits',
      version: '2025.1',
      storedAlready: false,
      changes: null,
    });
    expect(result.data!.preview!.measures.map((m) => m.key)).toEqual([
      'A1.assessed',
      'A1.views',
      'B1.visited',
      'B1.overall',
    ]);
    expect(await api.app.db.prisma.framework.count({ where: { key: 'home-visits' } })).toBe(0);
  });

  it('returns every problem of a workbook, each at its cell', async () => {
    const read = readYamlFramework(exampleYaml);
    if (!read.ok) throw new Error('the example must read');
    const broken = {
      ...read.definition,
      measures: read.definition.measures.map((m) =>
        m.key === 'A1.views' ? { ...m, criterion: 'Z9' } : m.key === 'B1.visited' ? { ...m, answerSet: 'NOPE' } : m,
      ),
    };
    const bytes = await writeWorkbookFramework(broken);
    const result = await upload('XLSX', Buffer.from(bytes).toString('base64'));
    expect(result.data!.preview).toBeNull();
    expect(result.data!.problems).toEqual([
      expect.objectContaining({
        where: 'sheet "questions", row 3, column B (criterion)',
        message: 'question "A1.views" is in no criterion: there is no criterion "Z9"',
        sheet: 'questions',
        row: 3,
        column: 'B',
      }),
      expect.objectContaining({ where: 'sheet "questions", row 4, column D (answer_set)', sheet: 'questions', row: 4 }),
    ]);
  });

  it('previews a new version of the standards framework: one question reworded, one dropped, left out of comparisons', async () => {
    const next = standardsYaml
      .replace("version: '2024.1'", "version: '2025.1'")
      .replace(
        'text: Does assessment focus sufficiently on engaging the person on probation?',
        'text: Does assessment focus enough on engaging the person on probation?',
      );
    const read = readYamlFramework(next);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const kept = read.definition.measures.filter((m) => m.key !== '2.4.safety').map((m) => m.key);
    const dropped = next.slice(0, next.indexOf('  - key: 2.4.safety')) + next.slice(next.indexOf('answerSets:'));
    const withComparability = `${dropped}comparableWith:\n  fromVersion: '2024.1'\n  questions:\n${kept
      .map((key) => `    ${key}: ${key}\n`)
      .join('')}`;
    const result = await upload('YAML', withComparability);
    expect(result.data!.problems).toEqual([]);
    const changes = result.data!.preview!.changes!;
    expect(changes).toMatchObject({ fromVersion: '2024.1', added: [], removed: ['2.4.safety'], moved: [] });
    expect(changes.reworded).toEqual([
      {
        key: '2.1.engaging',
        before: 'Does assessment focus sufficiently on engaging the person on probation?',
        after: 'Does assessment focus enough on engaging the person on probation?',
      },
    ]);
    expect(changes.notComparable).toEqual(['2.4.safety']);
    expect(changes.comparable).toHaveLength(11);

    // Naming a question the earlier version lacks, or a version that does not exist, is a problem at its line.
    const wrongKey = await upload(
      'YAML',
      withComparability.replace('    2.1.desistance: 2.1.desistance', '    2.1.desistance: 2.1.gone'),
    );
    expect(wrongKey.data!.problems.map((p) => p.message)).toEqual([
      'version 2024.1 has no question "2.1.gone" to compare "2.1.desistance" with',
    ]);
    const wrongVersion = await upload(
      'YAML',
      withComparability.replace("fromVersion: '2024.1'", "fromVersion: '2023.9'"),
    );
    expect(wrongVersion.data!.problems.map((p) => p.message)).toEqual([
      'there is no version "2023.9" of the framework "standards-case-supervision" to compare with',
    ]);
  });

  it('is for administrators only', async () => {
    const res = await api.gql<{ uploadFramework: Upload }>(
      UPLOAD,
      { input: { format: 'YAML', content: exampleYaml } },
      inspector,
    );
    expect(res.data!.uploadFramework).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
  });
});

describe('publishing and downloading', () => {
  it('publishes a version new inspections start on, frozen once an inspection uses it', async () => {
    const published = await publish('YAML', exampleYaml);
    expect(published.__typename).toBe('MutationPublishFrameworkSuccess');
    expect(published.data).toMatchObject({ key: 'home-visits', version: '2025.1' });
    const frameworks = await api.gql<{ frameworks: { key: string; version: string }[] }>(
      '{ frameworks { key version } }',
    );
    expect(frameworks.data!.frameworks).toContainEqual({ key: 'home-visits', version: '2025.1' });
    const audit = await api.app.db.prisma.auditEvent.findFirst({ where: { action: 'framework.publish' } });
    expect(audit).toMatchObject({ entity: 'Framework', entityId: decode(published.data!.id) });

    // Publishing the same file again changes nothing.
    expect((await publish('YAML', exampleYaml)).data!.id).toBe(published.data!.id);

    // Unused, it may still be corrected; once an inspection uses it, never again.
    const corrected = exampleYaml.replace(
      'Home visits happened at least every four weeks',
      'Home visits happened every four weeks',
    );
    const replaced = await publish('YAML', corrected);
    expect(replaced.__typename).toBe('MutationPublishFrameworkSuccess');
    expect(replaced.data!.id).not.toBe(published.data!.id);

    // An inspector starts an inspection on it, as on any shipped framework.
    const areas = await api.gql<{ areas: { id: string }[] }>('{ areas { id } }');
    const created = await api.gql<{ createInspection: { __typename: string } }>(
      `mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          areaId: areas.data!.areas[0]!.id,
          frameworkId: replaced.data!.id,
          kind: 'FULL',
          title: 'Home visits 2026',
          year: 2026,
        },
      },
      inspector,
    );
    expect(created.data!.createInspection).toEqual({ __typename: 'MutationCreateInspectionSuccess' });
    const refused = await publish('YAML', exampleYaml);
    expect(refused).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(refused.message).toBe(
      'Version 2025.1 of home-visits is used by 1 inspection and can never change: publish it as a new version.',
    );
    const stored = await api.app.db.prisma.framework.findUniqueOrThrow({ where: { id: decode(replaced.data!.id) } });
    expect(JSON.stringify(stored.definition)).toContain('Home visits happened every four weeks');
    const preview = await upload('YAML', exampleYaml);
    expect(preview.data!.preview).toMatchObject({ storedAlready: true, usedByInspections: 1 });
  });

  it('refuses to publish a file with problems, listing them', async () => {
    const result = await publish('YAML', exampleYaml.replace('answerSet: QUALITY', 'answerSet: GRADES'));
    expect(result.__typename).toBe('InvalidInputError');
    expect(result.problems).toEqual([
      {
        path: expect.stringMatching(/^questions\[3\]\.answerSet \(line \d+\)$/),
        message: 'there is no answer set "GRADES"',
      },
    ]);
  });

  it('downloads any framework, shipped or uploaded, as YAML or a workbook that reads back the same', async () => {
    const yaml = await api.gql<{ frameworkFile: { fileName: string; mediaType: string; content: string } }>(
      DOWNLOAD,
      { key: 'esi', version: '2005-follow-up', format: 'YAML' },
      inspector,
    );
    expect(yaml.data!.frameworkFile).toMatchObject({
      fileName: 'esi-2005-follow-up.yaml',
      mediaType: 'application/yaml',
    });
    const stored = await api.app.db.prisma.framework.findUniqueOrThrow({
      where: { key_version: { key: 'esi', version: '2005-follow-up' } },
    });
    const fromYaml = readYamlFramework(yaml.data!.frameworkFile.content);
    expect(fromYaml.ok ? fromYaml.definition : fromYaml.problems).toEqual(stored.definition);

    const xlsx = await api.gql<{ frameworkFile: { fileName: string; content: string } }>(
      DOWNLOAD,
      { key: 'standards-case-supervision', version: '2024.1', format: 'XLSX' },
      inspector,
    );
    expect(xlsx.data!.frameworkFile.fileName).toBe('standards-case-supervision-2024.1.xlsx');
    const fromXlsx = await readFrameworkFile(
      new Uint8Array(Buffer.from(xlsx.data!.frameworkFile.content, 'base64')),
      'XLSX',
    );
    const standards = await api.app.db.prisma.framework.findUniqueOrThrow({
      where: { key_version: { key: 'standards-case-supervision', version: '2024.1' } },
    });
    expect(fromXlsx.ok ? fromXlsx.definition : fromXlsx.problems).toEqual(standards.definition);

    const missing = await api.gql(DOWNLOAD, { key: 'esi', version: '1999', format: 'YAML' }, inspector);
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const anonymous = await api.gql(DOWNLOAD, { key: 'esi', version: '2005-follow-up', format: 'YAML' });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('a framework plugin that is just a file', () => {
  it('is loaded by name like any plugin, and its framework is stored for new inspections', async () => {
    const withFile = await startTestApi({
      config: { plugins: [...DEFAULT_PLUGINS, '@scrutiny/plugin-template/framework'] },
    });
    try {
      const frameworks = await withFile.gql<{ frameworks: { key: string; version: string }[] }>(
        '{ frameworks { key version } }',
      );
      expect(frameworks.data!.frameworks).toContainEqual({ key: 'home-visits', version: '2025.1' });
    } finally {
      await withFile.close();
    }
  });
});

function decode(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}
