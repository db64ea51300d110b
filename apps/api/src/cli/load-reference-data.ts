// `pnpm --filter @scrutiny/api run load:reference-data`: loads the West Midlands reference inspections (areas,
// comparison groups, the 2004 and 2005 inspections and their published reports) into an install started without
// them, with no demo accounts. Run it while the server is stopped (an embedded database allows one process).
// Refuses when any area exists already, so it never loads twice or mixes into an inspectorate's own areas.
import { NOTIFY_DATA_REPLACED } from '@scrutiny/db';
import { createApp } from '../app.ts';
import { readConfig } from '../env.ts';
import { seedReferenceData } from '../seed/seed-reference.ts';

const config = readConfig();
const app = await createApp(config);
try {
  if ((await app.db.prisma.area.count()) > 0) {
    console.error('This install has areas already: the reference data is loaded only into an install without any.');
    process.exitCode = 1;
  } else {
    const { referenceSeed } = await import('../seed/reference-seed.ts');
    const seed = referenceSeed();
    const inspections = seed.inspections.filter((inspection) => !inspection.demo);
    const areaCodes = new Set(inspections.map((inspection) => inspection.areaCode));
    // The reference answers were given by the inspectorate of 2005: they are recorded under an account that can
    // never sign in (no password, deactivated), not under any real person of this install.
    const recorder = await app.db.prisma.user.upsert({
      where: { email: 'reference-data@scrutiny.invalid' },
      update: {},
      create: {
        email: 'reference-data@scrutiny.invalid',
        name: 'Reference data (West Midlands 2004–2005)',
        // Publishing the reference reports records a chief inspector as their publisher.
        role: 'CHIEF_INSPECTOR',
        passwordHash: '',
        deactivatedAt: new Date(),
      },
    });
    await seedReferenceData(app.db.prisma, app.services.frameworks, {
      recordedById: recorder.id,
      comparisonGroups: seed.comparisonGroups,
      areas: seed.areas.filter((area) => areaCodes.has(area.code)),
      accounts: [],
      inspections: inspections.map((inspection) => ({
        ...inspection,
        team: [],
        caseFiles: inspection.caseFiles.map((file) => ({ ...file, assessorEmail: null })),
      })),
    });
    // Should a server be running after all (PostgreSQL), it ends what it cached of the install without them.
    await app.db.prisma.$executeRawUnsafe(NOTIFY_DATA_REPLACED);
    console.log(
      `Loaded the West Midlands reference data: ${areaCodes.size} area(s), ${inspections.length} inspection(s).`,
    );
  }
} finally {
  await app.close();
}
