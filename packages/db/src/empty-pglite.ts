// A new PGlite runs initdb, which takes seconds here; a copy of an initialised, untouched one opens several times
// faster. Scratch databases (the schema engine's, tests') start from that copy.
import { PGlite } from '@electric-sql/pglite';

let pristine: Promise<Blob> | undefined;

function pristineDataDir(): Promise<Blob> {
  pristine ??= (async () => {
    const pglite = new PGlite();
    // Dumping before PGlite is ready never settles.
    await pglite.waitReady;
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    return dump;
  })();
  return pristine;
}

/** An empty in-memory PGlite, ready for use. */
export async function openEmptyPGlite(): Promise<PGlite> {
  const pglite = new PGlite({ loadDataDir: await pristineDataDir() });
  await pglite.waitReady;
  return pglite;
}
