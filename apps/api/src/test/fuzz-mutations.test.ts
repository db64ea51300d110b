// Fuzzing (issue 6, § Security 1): random and malformed input to every mutation, generated from the schema's input
// types, and random bytes to the case-list import. No input may crash the server or leak an internal error; every
// refusal is typed; and a refused input changes nothing in the database. Runs are bounded and seeded: a failure
// prints the seed and the shrunk input (rerun with FUZZ_SEED=<seed>).
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import fc from 'fast-check';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { startTestApi, type GraphQLResponse, type TestApi } from '../testing/harness.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS_PER_MUTATION = 8;
const RUNS_PER_IMPORT = 40;
/** Codes an expected refusal carries; a GraphQL validation or variable coercion error carries none or these. */
const TYPED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
  'LOCKED',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
]);

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
let api: TestApi;
let chief: string;
let fingerprintSql: string;
const realIds: string[] = [];
const idsByType = new Map<string, string[]>();
/** The node type an ID field names (inspectionId, caseFileIds, followUpId...). */
const ID_FIELDS: Record<string, string> = {
  followUp: 'RecommendationFollowUp',
  item: 'ActionPlanItem',
  comment: 'FactualAccuracyComment',
  assessor: 'User',
  baseline: 'Inspection',
  followedUpRecommendation: 'Recommendation',
};
function idTypeOf(fieldName: string): string | undefined {
  const stem = fieldName.replace(/Ids?$/, '');
  return ID_FIELDS[stem] ?? stem.charAt(0).toUpperCase() + stem.slice(1);
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  chief = await api.signIn(DEMO_EMAILS.assistantChiefInspector);
  const prisma = api.app.db.prisma;
  // Every table's row count and latest change; sessions change on every request and are left out.
  const tables = await prisma.$queryRawUnsafe<{ table_name: string; has_updated: boolean }[]>(
    `SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = t.table_schema
       AND c.table_name = t.table_name AND c.column_name = 'updatedAt') AS has_updated
     FROM information_schema.tables t WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
       AND t.table_name NOT IN ('Session', '_prisma_migrations') ORDER BY t.table_name`,
  );
  fingerprintSql = tables
    .map(
      (t) =>
        `SELECT '${t.table_name}' AS t, count(*)::text AS n, ${t.has_updated ? `max("updatedAt")::text` : `''`} AS u FROM "${t.table_name}"`,
    )
    .join(' UNION ALL ');
  // Real objects of every kind, so random input also reaches the checks behind "not found".
  const pick = async (type: string, rows: Promise<{ id: string }[]>) => {
    for (const row of await rows) {
      realIds.push(encodeGlobalID(type, row.id));
      idsByType.set(type, [...(idsByType.get(type) ?? []), encodeGlobalID(type, row.id)]);
    }
  };
  await Promise.all([
    pick('Inspection', prisma.inspection.findMany({ select: { id: true } })),
    pick('CaseFile', prisma.caseFile.findMany({ select: { id: true }, take: 5 })),
    pick('Area', prisma.area.findMany({ select: { id: true }, take: 2 })),
    pick('Framework', prisma.framework.findMany({ select: { id: true } })),
    pick('User', prisma.user.findMany({ select: { id: true } })),
    pick('Finding', prisma.finding.findMany({ select: { id: true }, take: 2 })),
    pick('Meeting', prisma.meeting.findMany({ select: { id: true }, take: 2 })),
    pick('GoodPractice', prisma.goodPractice.findMany({ select: { id: true }, take: 2 })),
    pick('Recommendation', prisma.recommendation.findMany({ select: { id: true }, take: 3 })),
    pick('RecommendationFollowUp', prisma.recommendationFollowUp.findMany({ select: { id: true }, take: 2 })),
    pick('ApiToken', prisma.apiToken.findMany({ select: { id: true } })),
    pick('Answer', prisma.answer.findMany({ select: { id: true }, take: 2 })),
    pick('Evidence', prisma.evidence.findMany({ select: { id: true }, take: 2 })),
    pick('ActionPlanItem', prisma.actionPlanItem.findMany({ select: { id: true }, take: 2 })),
    pick('Validation', prisma.validation.findMany({ select: { id: true }, take: 2 })),
    pick('FactualAccuracyComment', prisma.factualAccuracyComment.findMany({ select: { id: true }, take: 2 })),
  ]);
}, 180_000);
afterAll(() => api?.close());

async function fingerprint(): Promise<string> {
  const rows = await api.app.db.prisma.$queryRawUnsafe<{ t: string; n: string; u: string | null }[]>(fingerprintSql);
  return rows.map((r) => `${r.t}:${r.n}:${r.u ?? ''}`).join('|');
}

const hugeString = fc.constantFrom('x'.repeat(100_000), '\u{1F600}'.repeat(20_000), 'a\u0000b'.repeat(1000));
const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', ' ', '\u202e', '<script>alert(1)</script>', '\'; DROP TABLE "User"; --', '=HYPERLINK("x")'),
  hugeString,
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string()),
);
const globalId = () =>
  fc.oneof(
    fc.constantFrom(...realIds),
    fc.string().map((s) => Buffer.from(s).toString('base64')),
    fc
      .tuple(fc.constantFrom('Inspection', 'CaseFile', 'User', 'Nope', ''), fc.string())
      .map(([t, id]) => Buffer.from(`${t}:${id}`).toString('base64')),
    anyString,
  );

function scalar(name: string, fieldName: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...(idsByType.get(idTypeOf(fieldName) ?? '') ?? realIds)) },
        { weight: 1, arbitrary: fc.constantFrom(...realIds) },
        { weight: 1, arbitrary: globalId() },
      );
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)), fc.double());
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(-1, 0, 100.0001, 1e308, -1e308));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
    case 'Date':
      return fc.oneof(
        { weight: 10, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('2006-02-30', '0000-00-00T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday'),
        },
        { weight: 1, arbitrary: anyString },
      );
    default:
      return anyString;
  }
}

/** A value for a GraphQL input type: mostly of the right shape, sometimes of the wrong one. */
function valueFor(type: GraphQLInputType, depth = 0, fieldName = ''): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  let right: fc.Arbitrary<unknown>;
  if (isListType(inner))
    right = fc.array(valueFor(inner.ofType, depth + 1, fieldName), { maxLength: depth > 1 ? 2 : 5 });
  else if (isEnumType(inner))
    right = fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: anyString },
    );
  else if (isInputObjectType(inner)) right = inputFor(inner.getFields(), depth + 1);
  else if (isScalarType(inner)) right = scalar(inner.name, fieldName);
  else right = anyString;
  return fc.oneof(
    { weight: 30, arbitrary: right },
    { weight: 1, arbitrary: wrongType },
    { weight: required ? 0 : 1, arbitrary: fc.constant(null) },
  );
}

function inputFor(
  fields: Record<string, { name: string; type: GraphQLInputType }>,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of Object.values(fields)) record[field.name] = valueFor(field.type, depth, field.name);
  const required = Object.values(fields)
    .filter((field) => isNonNullType(field.type))
    .map((field) => field.name);
  // Now and then a required field is missing, or an unknown one is added.
  const damage = fc.oneof(
    { weight: 20, arbitrary: fc.constant(null) },
    {
      weight: required.length ? 1 : 0,
      arbitrary: fc.constantFrom(...(required.length ? required : ['-'])).map((drop) => ({ drop })),
    },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }).map((add) => ({ add })) },
  );
  return fc.tuple(fc.record(record, { requiredKeys: required }), damage).map(([value, change]) => {
    if (!change) return value;
    if ('drop' in change) {
      const { [change.drop]: _dropped, ...rest } = value;
      return rest;
    }
    return { ...value, [change.add]: 'unexpected' };
  });
}

interface Outcome {
  status: number;
  body: GraphQLResponse<Record<string, { __typename?: string; code?: string } | boolean | null>>;
}

async function send(name: string, inputType: string, input: unknown): Promise<Outcome> {
  const response = await api.app.yoga.fetch('http://scrutiny.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', cookie: chief },
    body: JSON.stringify({
      query: `mutation ($input: ${inputType}) { ${name}(input: $input) { __typename ... on Error { code message } } }`,
      variables: { input },
    }),
  });
  return { status: response.status, body: (await response.json()) as Outcome['body'] };
}

/** How far the inputs got: refused by GraphQL itself, refused by a resolver with a typed error, or done. */
const reached = { graphql: 0, typed: 0, done: 0 };

/** Checks one outcome; returns whether the input was refused (so nothing may have changed). */
function judge(name: string, outcome: Outcome): boolean {
  expect(outcome.status, `${name}: HTTP ${outcome.status}`).toBeLessThan(500);
  for (const error of outcome.body.errors ?? []) {
    expect(error.message, `${name}: unmasked or internal error`).not.toMatch(/Unexpected error|prisma|stack|\n\s+at /i);
    const code = error.extensions?.code;
    // Only GraphQL's own checks of the document and variables (which have no path) may come without a code.
    const located = (error as { path?: unknown }).path !== undefined;
    expect(code === undefined ? !located : TYPED_CODES.has(code), `${name}: error code ${code}: ${error.message}`).toBe(
      true,
    );
  }
  const payload = outcome.body.data?.[name];
  if (outcome.body.errors?.length || !payload || typeof payload !== 'object') {
    reached.graphql += 1;
    if (process.env.FUZZ_DEBUG)
      console.log('FUZZ', name, JSON.stringify(outcome.body.errors?.[0]?.message).slice(0, 200));
    return true;
  }
  if (payload.code !== undefined) {
    expect(TYPED_CODES.has(payload.code), `${name}: payload code ${payload.code}`).toBe(true);
    reached.typed += 1;
    return true;
  }
  reached.done += 1;
  return false;
}

const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
  // Signing in or out would replace the fuzzing session; both take two strings and are fuzzed anonymously below.
  (field) => field.args.length === 1 && !['signIn'].includes(field.name),
);

describe('random input to every mutation', () => {
  it(`is refused with a typed error and changes nothing (${mutations.length} mutations, seed ${SEED})`, async () => {
    for (const field of mutations) {
      const arg = field.args[0]!;
      await fc.assert(
        fc.asyncProperty(valueFor(arg.type), async (input) => {
          const before = await fingerprint();
          const refused = judge(field.name, await send(field.name, String(arg.type), input));
          if (refused) expect(await fingerprint(), `${field.name} changed data while refusing`).toBe(before);
        }),
        { numRuns: RUNS_PER_MUTATION, seed: SEED, endOnFailure: true },
      );
    }
    console.log(`fuzzing ${mutations.length} mutations x ${RUNS_PER_MUTATION} runs, seed ${SEED}:`, reached);
    // Most inputs must get past GraphQL's own checks, or the resolvers are not being fuzzed at all.
    expect(reached.typed + reached.done).toBeGreaterThan(reached.graphql);
  }, 600_000);

  it('signIn with random credentials is refused with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(valueFor(schema.getMutationType()!.getFields().signIn!.args[0]!.type), async (input) => {
        const response = await api.app.yoga.fetch('http://scrutiny.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({
            query: `mutation ($input: MutationSignInInput!) { signIn(input: $input) { __typename ... on Error { code } } }`,
            variables: { input },
          }),
        });
        judge('signIn', { status: response.status, body: (await response.json()) as Outcome['body'] });
      }),
      { numRuns: 20, seed: SEED, endOnFailure: true },
    );
  }, 120_000);
});

describe('random bytes to the case-list import', () => {
  const content = fc.oneof(
    fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes).toString('base64')),
    // A zip signature, so the XLSX reader gets past its first check.
    fc
      .uint8Array({ maxLength: 2048 })
      .map((bytes) => Buffer.concat([Buffer.from('PK\u0003\u0004'), bytes]).toString('base64')),
    anyString,
  );
  const csv = fc.oneof(
    anyString,
    fc
      .array(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('HIGH', '01/02/2006', '"', ',', '\r\n')), { maxLength: 12 }),
        {
          maxLength: 30,
        },
      )
      .map((rows) => rows.map((r) => r.join(',')).join('\n')),
  );
  const input = fc.record(
    {
      content: fc.option(content, { nil: undefined }),
      csv: fc.option(csv, { nil: undefined }),
      format: fc.constantFrom('CSV', 'XLSX', undefined),
      skipUnreadableRows: fc.boolean(),
    },
    { requiredKeys: ['format'] },
  );

  for (const name of ['previewCaseList', 'importCaseList'] as const)
    it(`${name} refuses what it cannot read with a typed error and changes nothing`, async () => {
      const res = await api.gql<{ inspections: { edges: { node: { id: string; status: string } }[] } }>(
        `{ inspections(first: 20, areaCode: "WMPA") { edges { node { id status } } } }`,
        {},
        chief,
      );
      const inspectionId = res.data!.inspections.edges.find((e) => e.node.status !== 'PUBLISHED')!.node.id;
      await fc.assert(
        fc.asyncProperty(input, async (fields) => {
          const { skipUnreadableRows, ...rest } = fields;
          const sent = { inspectionId, ...rest, ...(name === 'importCaseList' ? { skipUnreadableRows } : {}) };
          const before = await fingerprint();
          const type = name === 'importCaseList' ? 'MutationImportCaseListInput!' : 'MutationPreviewCaseListInput!';
          const refused = judge(name, await send(name, type, sent));
          if (refused || name === 'previewCaseList') expect(await fingerprint(), `${name} changed data`).toBe(before);
        }),
        { numRuns: RUNS_PER_IMPORT, seed: SEED, endOnFailure: true },
      );
    }, 300_000);
});

describe('a malformed global ID', () => {
  it('is refused as bad input with a code, whether unreadable or of the wrong type', async () => {
    const area = encodeGlobalID('Area', 'x');
    for (const id of ['not-a-global-id', area]) {
      const outcome = await send('submitCaseFile', 'MutationSubmitCaseFileInput!', { caseFileId: id });
      expect(outcome.body.errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_INPUT']);
    }
  });
});
