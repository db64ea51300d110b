// Issue 12, through the real listener on an empty database (no seed, no demo accounts): the first administrator and
// their one-time link, areas and comparison groups (with a CSV import previewed before it applies), people invited
// by email through a real SMTP server, roles, deactivation, reset links, two-factor resets, and the programme.
// Everyone but administrators is refused: a board member FORBIDDEN, an anonymous caller UNAUTHENTICATED.
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccountLink } from '../auth/account-links.ts';
import { readConfig } from '../env.ts';
import { listen } from '../server.ts';
import { ensureFirstAdministrator } from '../services/people.ts';
import { startTestApi, type TestApi } from '../testing/harness.ts';

const PASSWORD = 'Correct horse battery staple 12';
let api: TestApi;
let running: { url: string; close(): Promise<void> };
let smtp: SMTPServer;
const received: { to: string; text: string }[] = [];
let admin: string;

interface Body {
  data?: Record<string, Record<string, unknown> & { __typename?: string }>;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(query: string, variables?: Record<string, unknown>, cookie?: string | null) {
  const response = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.get('set-cookie');
  return { body: (await response.json()) as Body, cookie: setCookie ? setCookie.split(';')[0]! : null };
}

/** The field's payload (a union of success and typed errors), by field name. */
async function mutate(
  field: string,
  input: Record<string, unknown>,
  cookie: string | null,
  data = 'data { __typename }',
  errors = '',
) {
  const query = `mutation ($input: Mutation${field[0]!.toUpperCase()}${field.slice(1)}Input!) {
    ${field}(input: $input) { __typename ... on Error { code message } ${errors} ... on Mutation${field[0]!.toUpperCase()}${field.slice(1)}Success { ${data} } } }`;
  const { body, cookie: set } = await post(query, { input }, cookie);
  expect(body.errors).toBeUndefined();
  return { payload: body.data![field] as Record<string, unknown> & { __typename: string; code?: string }, cookie: set };
}

function tokenOf(url: string): string {
  return url.split('#')[1]!;
}

async function acceptLink(url: string) {
  const { payload, cookie } = await mutate(
    'setPasswordWithLink',
    { token: tokenOf(url), password: PASSWORD },
    null,
    'data { email role }',
  );
  expect(payload.__typename).toBe('MutationSetPasswordWithLinkSuccess');
  return cookie!;
}

async function viewerOf(cookie: string) {
  return (await post('{ viewer { email role } }', {}, cookie)).body.data?.viewer ?? null;
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          // Quoted-printable soft line breaks are joined back, so the link reads whole.
          text: Buffer.concat(chunks)
            .toString('utf8')
            .replace(/=\r?\n/g, '')
            .replace(/=3D/g, '='),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const address = smtp.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  api = await startTestApi({
    config: { smtp: { url: `smtp://127.0.0.1:${port}`, from: 'Scrutiny <scrutiny@test>' } },
  });
  running = await listen(api.app, { ...readConfig({ PORT: '0' }), secureCookies: false });
}, 240_000);
afterAll(async () => {
  await running?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

describe('the first start', () => {
  it('makes the first administrator once, with a link that sets the password once and signs them in', async () => {
    const deps = {
      prisma: api.app.db.prisma,
      sessions: api.app.services.sessions,
      mailer: null,
      baseUrl: running.url,
    };
    expect(await api.app.db.prisma.user.count()).toBe(0);
    expect(await api.app.db.prisma.area.count()).toBe(0);
    const first = await ensureFirstAdministrator(deps, 'Chief.Admin@example.org');
    if (!first.created) throw new Error('no administrator was created');
    expect(first.link.url).toMatch(/\/inspector\/set-password#[A-Za-z0-9_-]{40,}$/);
    expect((await ensureFirstAdministrator(deps, 'another@example.org')).created).toBe(false);
    expect(await api.app.db.prisma.user.count({ where: { role: 'ADMINISTRATOR' } })).toBe(1);
    // Only the token's hash is kept.
    const stored = await api.app.db.prisma.accountLink.findMany();
    expect(stored.some((link) => link.tokenHash === tokenOf(first.link.url))).toBe(false);

    // Before the password is set, no password signs in.
    const early = await mutate('signIn', { email: 'chief.admin@example.org', password: '' }, null);
    expect(early.payload.__typename).not.toBe('MutationSignInSuccess');

    const opened = await post('query ($t: String!) { accountLink(token: $t) { purpose email } }', {
      t: tokenOf(first.link.url),
    });
    expect(opened.body.data?.accountLink).toEqual({ purpose: 'FIRST_ADMINISTRATOR', email: 'chief.admin@example.org' });
    const weak = await mutate(
      'setPasswordWithLink',
      { token: tokenOf(first.link.url), password: 'password1234' },
      null,
    );
    expect(weak.payload.__typename).toBe('InvalidInputError');

    admin = await acceptLink(first.link.url);
    expect(await viewerOf(admin)).toEqual({ email: 'chief.admin@example.org', role: 'ADMINISTRATOR' });
    const again = await mutate('setPasswordWithLink', { token: tokenOf(first.link.url), password: PASSWORD }, null);
    expect(again.payload).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
    expect(
      (await post('query ($t: String!) { accountLink(token: $t) { email } }', { t: tokenOf(first.link.url) })).body.data
        ?.accountLink,
    ).toBeNull();
  });

  it('refuses a link older than 24 hours', async () => {
    const user = await api.app.db.prisma.user.findFirstOrThrow({ where: { role: 'ADMINISTRATOR' } });
    const { token } = await issueAccountLink(
      api.app.db.prisma,
      { userId: user.id, purpose: 'PASSWORD_RESET', issuedById: null },
      new Date(Date.now() - 24 * 3600_000 - 1000),
    );
    const late = await mutate('setPasswordWithLink', { token, password: PASSWORD }, null);
    expect(late.payload.__typename).toBe('InvalidStateError');
  });
});

let areaId: string;
let groupId: string;

describe('areas and comparison groups', () => {
  it('an administrator adds a group and an area; a code in use is a typed error', async () => {
    const group = await mutate(
      'createComparisonGroup',
      { key: 'metro', name: 'Metropolitan areas', description: 'Large, urban' },
      admin,
      'data { id key }',
    );
    expect(group.payload.__typename).toBe('MutationCreateComparisonGroupSuccess');
    groupId = (group.payload.data as { id: string }).id;
    const created = await mutate(
      'createArea',
      {
        code: 'nrt',
        name: 'Northshire',
        region: 'North West',
        size: 'large',
        density: 'urban',
        comparisonGroupId: groupId,
      },
      admin,
      'data { id code size density retired comparisonGroup { key } }',
    );
    expect(created.payload.data).toMatchObject({
      code: 'NRT',
      size: 'large',
      density: 'urban',
      retired: false,
      comparisonGroup: { key: 'metro' },
    });
    areaId = (created.payload.data as { id: string }).id;
    const clash = await mutate(
      'createArea',
      { code: 'NRT', name: 'Other', region: 'North' },
      admin,
      undefined,
      '... on AlreadyExistsError { field }',
    );
    expect(clash.payload).toMatchObject({ __typename: 'AlreadyExistsError', code: 'CONFLICT', field: 'code' });
    const renamed = await mutate(
      'updateArea',
      { areaId, code: 'NRT', name: 'Northshire Probation Area', region: 'North West', comparisonGroupId: groupId },
      admin,
      'data { name size }',
    );
    expect(renamed.payload.data).toEqual({ name: 'Northshire Probation Area', size: null });
    const row = await api.app.db.prisma.area.findUniqueOrThrow({ where: { code: 'NRT' } });
    const audited = await api.app.db.prisma.auditEvent.findMany({ where: { entityId: row.id } });
    expect(audited.map((event) => event.action).sort()).toEqual(['area.create', 'area.update']);
  });

  it("previews a CSV with every row's fate and error, writes nothing until it is clean, then imports it", async () => {
    const bad =
      'code,name,region,size,density,comparison_group\nNRT,Northshire Probation Area,North West,,,metro\nSTH,,South,,,nope\n';
    const preview = await mutate(
      'previewAreaImport',
      { csv: bad },
      admin,
      'data { fileProblems rows { line code fate problems } }',
    );
    const rows = (preview.payload.data as { rows: { code: string; fate: string; problems: string[] }[] }).rows;
    expect(rows.map((row) => [row.code, row.fate])).toEqual([
      ['NRT', 'UNCHANGED'],
      ['STH', 'ERROR'],
    ]);
    expect(rows[1]!.problems).toHaveLength(2);
    const refused = await mutate('importAreas', { csv: bad }, admin);
    expect(refused.payload.__typename).toBe('InvalidInputError');
    expect(await api.app.db.prisma.area.count()).toBe(1);
    const good =
      'code,name,region,size,density,comparison_group\nSTH,Southshire,South East,medium,mixed,metro\nEST,Eastshire,East,,,\n';
    const imported = await mutate('importAreas', { csv: good }, admin, 'data { rows { fate } }');
    expect((imported.payload.data as { rows: { fate: string }[] }).rows.map((row) => row.fate)).toEqual([
      'CREATE',
      'CREATE',
    ]);
    expect(await api.app.db.prisma.area.count()).toBe(3);
  });

  it('retiring an area keeps it readable and plans no new inspection for it', async () => {
    const est = await api.app.db.prisma.area.findUniqueOrThrow({ where: { code: 'EST' } });
    const estId = Buffer.from(`Area:${est.id}`).toString('base64');
    const retired = await mutate('setAreaRetired', { areaId: estId, retired: true }, admin, 'data { retired }');
    expect(retired.payload.data).toEqual({ retired: true });
    expect((await post('{ area(code: "EST") { name retired } }')).body.data?.area).toEqual({
      name: 'Eastshire',
      retired: true,
    });
  });

  it('restores a retired area, and renames, retires and restores a comparison group, each in the audit log', async () => {
    const est = await api.app.db.prisma.area.findUniqueOrThrow({ where: { code: 'EST' } });
    const estId = Buffer.from(`Area:${est.id}`).toString('base64');
    const restored = await mutate('setAreaRetired', { areaId: estId, retired: false }, admin, 'data { retired }');
    expect(restored.payload.data).toEqual({ retired: false });
    const actions = async (entityId: string) =>
      (
        await api.app.db.prisma.auditEvent.findMany({ where: { entityId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })
      ).map((event) => event.action);
    expect(await actions(est.id)).toEqual(expect.arrayContaining(['area.retire', 'area.restore']));
    // Retired again, as the programme's test below expects it.
    await mutate('setAreaRetired', { areaId: estId, retired: true }, admin);

    const renamed = await mutate(
      'updateComparisonGroup',
      { comparisonGroupId: groupId, name: 'Metropolitan and urban areas', description: 'Large, urban' },
      admin,
      'data { name key retired }',
    );
    expect(renamed.payload.data).toEqual({ name: 'Metropolitan and urban areas', key: 'metro', retired: false });
    const retired = await mutate(
      'setComparisonGroupRetired',
      { comparisonGroupId: groupId, retired: true },
      admin,
      'data { retired }',
    );
    expect(retired.payload.data).toEqual({ retired: true });
    // Its areas keep it, and their history.
    expect((await post('{ area(code: "NRT") { comparisonGroup { name } } }')).body.data?.area).toEqual({
      comparisonGroup: { name: 'Metropolitan and urban areas' },
    });
    const back = await mutate(
      'setComparisonGroupRetired',
      { comparisonGroupId: groupId, retired: false },
      admin,
      'data { retired }',
    );
    expect(back.payload.data).toEqual({ retired: false });
    const rawGroupId = Buffer.from(groupId, 'base64')
      .toString()
      .replace(/^ComparisonGroup:/, '');
    expect(await actions(rawGroupId)).toEqual([
      'comparison-group.create',
      'comparison-group.update',
      'comparison-group.retire',
      'comparison-group.restore',
    ]);
    // An unknown group is a typed error.
    const unknown = Buffer.from('ComparisonGroup:nope').toString('base64');
    const missing = await mutate('setComparisonGroupRetired', { comparisonGroupId: unknown, retired: true }, admin);
    expect(missing.payload.code).toBe('NOT_FOUND');
  });

  it('refuses everyone but administrators', async () => {
    const anonymous = await mutate('createArea', { code: 'X', name: 'X', region: 'X' }, null);
    expect(anonymous.payload).toMatchObject({ __typename: 'UnauthenticatedError', code: 'UNAUTHENTICATED' });
    const anonymousImport = await mutate('previewAreaImport', { csv: 'code,name,region\n' }, null);
    expect(anonymousImport.payload.code).toBe('UNAUTHENTICATED');
  });
});

describe('people and roles', () => {
  let boardCookie: string;
  let inspectorCookie: string;
  let inspectorId: string;

  it('invites by email through SMTP and shows the link; the person sets a password and lands signed in', async () => {
    const invited = await mutate(
      'invitePerson',
      { email: 'Ina.Inspector@example.org', name: 'Ina Inspector', role: 'INSPECTOR' },
      admin,
      'data { url emailed expiresAt person { id email invitationPending } }',
    );
    const data = invited.payload.data as {
      url: string;
      emailed: boolean;
      person: { id: string; invitationPending: boolean };
    };
    expect(data.emailed).toBe(true);
    expect(data.person.invitationPending).toBe(true);
    inspectorId = data.person.id;
    const mail = received.find((m) => m.to === 'ina.inspector@example.org');
    expect(mail?.text).toContain(data.url);
    inspectorCookie = await acceptLink(mail!.text.match(/http\S+set-password#[A-Za-z0-9_-]+/)![0]);
    expect(await viewerOf(inspectorCookie)).toEqual({ email: 'ina.inspector@example.org', role: 'INSPECTOR' });

    const again = await mutate(
      'invitePerson',
      { email: 'ina.inspector@example.org', name: 'Ina', role: 'INSPECTOR' },
      admin,
      undefined,
      '... on AlreadyExistsError { field }',
    );
    expect(again.payload).toMatchObject({ __typename: 'AlreadyExistsError', field: 'email' });
    const noArea = await mutate('invitePerson', { email: 'b@example.org', name: 'B', role: 'BOARD_MEMBER' }, admin);
    expect(noArea.payload.__typename).toBe('InvalidInputError');

    const board = await mutate(
      'invitePerson',
      { email: 'bea.board@example.org', name: 'Bea Board', role: 'BOARD_MEMBER', areaId },
      admin,
      'data { url person { area { code } } }',
    );
    expect((board.payload.data as { person: { area: { code: string } } }).person.area.code).toBe('NRT');
    boardCookie = await acceptLink((board.payload.data as { url: string }).url);
  });

  it('refuses a board member and an anonymous caller', async () => {
    for (const [field, input] of [
      ['invitePerson', { email: 'x@example.org', name: 'X', role: 'INSPECTOR' }],
      ['createArea', { code: 'Y', name: 'Y', region: 'Y' }],
      ['deactivatePerson', { userId: inspectorId }],
      ['issuePasswordReset', { userId: inspectorId }],
      ['changePersonRole', { userId: inspectorId, role: 'ADMINISTRATOR' }],
    ] as const) {
      expect((await mutate(field, input, boardCookie)).payload.code, field).toBe('FORBIDDEN');
      expect((await mutate(field, input, null)).payload.code, field).toBe('UNAUTHENTICATED');
    }
    const people = await post('{ people { email } }', {}, boardCookie);
    expect(people.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("a change of role ends the person's sessions", async () => {
    const changed = await mutate(
      'changePersonRole',
      { userId: inspectorId, role: 'CHIEF_INSPECTOR' },
      admin,
      'data { role }',
    );
    expect(changed.payload.data).toEqual({ role: 'CHIEF_INSPECTOR' });
    expect(await viewerOf(inspectorCookie)).toBeNull();
    inspectorCookie = await api.signIn('ina.inspector@example.org', PASSWORD);
    expect(await viewerOf(inspectorCookie)).toEqual({ email: 'ina.inspector@example.org', role: 'CHIEF_INSPECTOR' });
  });

  it('deactivation ends every session at once, kills pending links and refuses sign-in; reactivation restores it', async () => {
    const reset = await mutate('issuePasswordReset', { userId: inspectorId }, admin, 'data { url }');
    const resetUrl = (reset.payload.data as { url: string }).url;
    const second = await api.signIn('ina.inspector@example.org', PASSWORD);
    const off = await mutate('deactivatePerson', { userId: inspectorId }, admin, 'data { active }');
    expect(off.payload.data).toEqual({ active: false });
    expect(await viewerOf(inspectorCookie)).toBeNull();
    expect(await viewerOf(second)).toBeNull();
    await expect(api.signIn('ina.inspector@example.org', PASSWORD)).rejects.toThrow();
    const dead = await mutate('setPasswordWithLink', { token: tokenOf(resetUrl), password: PASSWORD }, null);
    expect(dead.payload.__typename).toBe('InvalidStateError');
    await mutate('reactivatePerson', { userId: inspectorId }, admin);
    inspectorCookie = await api.signIn('ina.inspector@example.org', PASSWORD);
    expect(await viewerOf(inspectorCookie)).not.toBeNull();
    const actions = (await api.app.db.prisma.auditEvent.findMany({ where: { entity: 'User' } })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'user.invite',
        'user.change-role',
        'user.deactivate',
        'user.reactivate',
        'user.password-reset.issue',
      ]),
    );
  });

  it('a reset link sets a new password once; a two-factor reset clears the second factor and ends sessions', async () => {
    const reset = await mutate('issuePasswordReset', { userId: inspectorId }, admin, 'data { url emailed }');
    const url = (reset.payload.data as { url: string }).url;
    const newPassword = 'Another long passphrase 345';
    const used = await mutate('setPasswordWithLink', { token: tokenOf(url), password: newPassword }, null);
    expect(used.payload.__typename).toBe('MutationSetPasswordWithLinkSuccess');
    expect(await viewerOf(inspectorCookie)).toBeNull();
    inspectorCookie = await api.signIn('ina.inspector@example.org', newPassword);

    await api.app.db.prisma.user.update({
      where: { email: 'ina.inspector@example.org' },
      data: { totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: new Date() },
    });
    const cleared = await mutate('resetTwoFactor', { userId: inspectorId }, admin, 'data { twoFactorEnabled }');
    expect(cleared.payload.data).toEqual({ twoFactorEnabled: false });
    expect(await viewerOf(inspectorCookie)).toBeNull();
    inspectorCookie = await api.signIn('ina.inspector@example.org', newPassword);
  });

  it('no one removes the last active administrator', async () => {
    const adminRow = await api.app.db.prisma.user.findUniqueOrThrow({ where: { email: 'chief.admin@example.org' } });
    const adminId = Buffer.from(`User:${adminRow.id}`).toString('base64');
    expect((await mutate('deactivatePerson', { userId: adminId }, admin)).payload.__typename).toBe(
      'LastAdministratorError',
    );
    expect((await mutate('changePersonRole', { userId: adminId, role: 'INSPECTOR' }, admin)).payload.__typename).toBe(
      'LastAdministratorError',
    );
    expect(await viewerOf(admin)).not.toBeNull();
  });

  it('the programme: an inspector plans an inspection in a quarter; every area shows where it stands', async () => {
    const frameworks = (await post('{ frameworks { id key } }', {}, inspectorCookie)).body.data
      ?.frameworks as unknown as { id: string; key: string }[];
    const framework = frameworks.find((f) => f.key !== 'esi-2005') ?? frameworks[0]!;
    const est = await api.app.db.prisma.area.findUniqueOrThrow({ where: { code: 'EST' } });
    const retiredArea = Buffer.from(`Area:${est.id}`).toString('base64');
    const refused = await mutate(
      'createInspection',
      { areaId: retiredArea, frameworkId: framework.id, kind: 'FULL', year: 2027, title: 'Eastshire 2027' },
      inspectorCookie,
    );
    expect(refused.payload.__typename).toBe('InvalidInputError');
    const planned = await mutate(
      'createInspection',
      { areaId, frameworkId: framework.id, kind: 'FULL', year: 2027, quarter: 2, title: 'Northshire inspection 2027' },
      inspectorCookie,
      'data { quarter status lead { name } }',
    );
    expect(planned.payload.data).toEqual({ quarter: 2, status: 'PLANNED', lead: null });
    const programme = await post(
      '{ programme(year: 2027) { year inspections { title quarter area { code } } areas { area { code } standing sharesYearWith { code } } } }',
      {},
      inspectorCookie,
    );
    expect(programme.body.data?.programme).toMatchObject({
      year: 2027,
      inspections: [{ title: 'Northshire inspection 2027', quarter: 2, area: { code: 'NRT' } }],
      areas: [
        { area: { code: 'NRT' }, standing: 'PLANNED', sharesYearWith: [] },
        { area: { code: 'STH' }, standing: 'NOT_PLANNED', sharesYearWith: [{ code: 'NRT' }] },
      ],
    });
    // The year's inspections with their areas and leads are read in a fixed number of statements, however many.
    const LIST = '{ programme(year: 2027) { inspections { title area { name } lead { name } } } }';
    const one = await api.countQueries(() => post(LIST, {}, inspectorCookie));
    const sth = await api.app.db.prisma.area.findUniqueOrThrow({ where: { code: 'STH' } });
    for (const title of ['Southshire inspection 2027', 'Northshire follow-up 2027'])
      await mutate(
        'createInspection',
        {
          areaId: title.startsWith('South') ? Buffer.from(`Area:${sth.id}`).toString('base64') : areaId,
          frameworkId: framework.id,
          kind: 'FULL',
          year: 2027,
          title,
        },
        inspectorCookie,
      );
    const three = await api.countQueries(() => post(LIST, {}, inspectorCookie));
    expect((three.result.body.data?.programme as { inspections: unknown[] }).inspections).toHaveLength(3);
    expect(three.statements).toBe(one.statements);
    expect((await post('{ programme(year: 2027) { year } }', {}, boardCookie)).body.errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await post('{ programme(year: 2027) { year } }')).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
