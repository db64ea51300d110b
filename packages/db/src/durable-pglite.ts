// PGlite on a data folder with every acknowledged commit on disk. Out of the box PGlite starts PostgreSQL with `-F`
// (fsync off), and its Node file system makes fsync a no-op and fdatasync (PostgreSQL's default WAL sync) one too:
// a commit reached the operating system before it was acknowledged, so it survived the process being killed, but
// not a power cut or a kernel crash. Here fsync is on, the WAL is synced with fsync(), and the Node file system's
// fsync calls the real one, so a commit is acknowledged only once its WAL is on disk, as in PostgreSQL.
import { fsyncSync, mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** What the data folder's Node file system calls fsync with: an open file, by its Node file descriptor. */
interface NodeFileStream {
  nfd?: number;
}

/** The part of Emscripten's NODEFS this file changes. */
interface NodeFileSystem {
  NODEFS: { stream_ops: { fsync?: (stream: NodeFileStream) => number } };
}

type EmscriptenOptions = Parameters<NodeFS['init']>[1];

/** PGlite's Node file system, with fsync reaching the disk. */
export class SyncingNodeFS extends NodeFS {
  #syncs = 0;

  /** How many times PostgreSQL has synced a file or folder to disk through this file system. */
  get syncs(): number {
    return this.#syncs;
  }

  override async init(pg: PGlite, options: EmscriptenOptions) {
    const { emscriptenOpts } = await super.init(pg, options);
    const syncToDisk = (stream: NodeFileStream) => {
      this.#syncs += 1;
      if (stream.nfd !== undefined) fsyncSync(stream.nfd);
      return 0;
    };
    return {
      emscriptenOpts: {
        ...emscriptenOpts,
        preRun: [
          ...(emscriptenOpts.preRun ?? []),
          (mod: unknown) => {
            (mod as NodeFileSystem).NODEFS.stream_ops.fsync = syncToDisk;
          },
        ],
      },
    };
  }
}

/** PGlite's own start parameters without `-F`, and the WAL synced with fsync() (fdatasync does nothing here). */
export const durableStartParams: readonly string[] = [
  ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
  '-c',
  'wal_sync_method=fsync',
];

/** Opens (creating if needed, parents included) the PGlite data folder `dataDir` with durable commits. */
export function openDurablePGlite(dataDir: string): { pglite: PGlite; fs: SyncingNodeFS } {
  // PGlite creates only the last folder of its path; a fresh machine has none of the parents yet.
  mkdirSync(dataDir, { recursive: true });
  const fs = new SyncingNodeFS(dataDir);
  return { pglite: new PGlite({ fs, startParams: [...durableStartParams] }), fs };
}
