// The programme's follow-up rule (issue 12; packages/domain programme/follow-up.ts), through the real API on the
// reference data: West Midlands' 2004 inspection made seven recommendations and was followed up in 2005, so no
// follow-up is due; without that follow-up one is due in 2005, overdue in 2006, and planned once an inspector plans it.
import { DEMO_EMAILS } from '@scrutiny/reference-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/harness.ts';

let api: TestApi;
let inspector: string;

interface FollowUp {
  standing: string;
  dueYear: number;
  inspection: { year: number; title: string };
}

async function followUpOf(year: number): Promise<FollowUp | null> {
  const res = await api.gql<{ programme: { areas: { area: { code: string }; followUp: FollowUp | null }[] } }>(
    `query ($year: Int!) { programme(year: $year) { areas { area { code } followUp { standing dueYear
       inspection { year title } } } } }`,
    { year },
    inspector,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.programme.areas.find((row) => row.area.code === 'WMPA')!.followUp;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  inspector = await api.signIn(DEMO_EMAILS.inspector);
}, 240_000);
afterAll(() => api?.close());

describe('the follow-up an area is due on the programme', () => {
  it('is none when the inspection that raised concerns has been followed up', async () => {
    expect(await followUpOf(2005)).toBeNull();
    expect(await followUpOf(2006)).toBeNull();
  });

  it('is due the year after it, overdue later, and planned once a follow-up is planned', async () => {
    const prisma = api.app.db.prisma;
    const wmpa = await prisma.area.findUniqueOrThrow({ where: { code: 'WMPA' } });
    const original = await prisma.inspection.findFirstOrThrow({ where: { areaId: wmpa.id, year: 2004 } });
    // As if the 2005 follow-up had never been held: the 2004 inspection's concerns are still open.
    await prisma.inspection.updateMany({ where: { baselineId: original.id }, data: { baselineId: null } });
    expect(await followUpOf(2004)).toBeNull();
    expect(await followUpOf(2005)).toMatchObject({ standing: 'DUE', dueYear: 2005, inspection: { year: 2004 } });
    expect(await followUpOf(2007)).toMatchObject({ standing: 'OVERDUE', dueYear: 2005 });

    const ids = await api.gql<{ frameworks: { id: string }[] }>('{ frameworks { id } }', {}, inspector);
    const planned = await api.gql<{ createInspection: { __typename: string } }>(
      `mutation ($input: MutationCreateInspectionInput!) { createInspection(input: $input) { __typename } }`,
      {
        input: {
          areaId: Buffer.from(`Area:${wmpa.id}`).toString('base64'),
          frameworkId: ids.data!.frameworks[0]!.id,
          kind: 'FOLLOW_UP',
          year: 2007,
          title: 'Follow-up inspection 2007',
          baselineId: Buffer.from(`Inspection:${original.id}`).toString('base64'),
        },
      },
      inspector,
    );
    expect(planned.data?.createInspection.__typename).toBe('MutationCreateInspectionSuccess');
    expect(await followUpOf(2007)).toMatchObject({ standing: 'PLANNED', dueYear: 2005 });
  });
});
