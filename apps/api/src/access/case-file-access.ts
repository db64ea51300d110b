// Per request: which case files the caller has been allowed to read, and the access facts of files reached some
// other way, loaded together. An answer reached through its case file needs no check of its own (the file was
// checked a moment before); an answer reached by its id (node) or from a mutation loads its file's facts, and the
// answers of one list load theirs in one statement. Either way an answer also passes the blind-marking rule.
import type { PrismaClient } from '@scrutiny/db';
import { BlindMarking } from './blind-marking.ts';
import type { Viewer } from './viewer.ts';

export interface CaseFileAccessFacts {
  id: string;
  inspectionId: string;
  assessorId: string | null;
}

export class CaseFileAccess {
  private readonly readable = new Set<string>();
  private readonly loaded = new Map<string, Promise<CaseFileAccessFacts | null>>();
  private queued: Map<string, (facts: CaseFileAccessFacts | null) => void> | null = null;

  private readonly blind: BlindMarking;

  constructor(
    private readonly prisma: PrismaClient,
    viewer: Viewer | null,
  ) {
    this.blind = new BlindMarking(prisma, viewer);
  }

  /** Whether the caller is second-marking this file blind: then none of its answers is theirs to read. */
  hidesAnswersOf(caseFileId: string): Promise<boolean> {
    return this.blind.hidesAnswersOf(caseFileId);
  }

  /** The caller's reading of this file was allowed in this request. */
  allow(caseFileId: string): void {
    this.readable.add(caseFileId);
  }

  isAllowed(caseFileId: string): boolean {
    return this.readable.has(caseFileId);
  }

  /** The file's access facts; the requests made in one tick are answered by one query. */
  facts(caseFileId: string): Promise<CaseFileAccessFacts | null> {
    let found = this.loaded.get(caseFileId);
    if (!found) {
      found = new Promise((resolve) => {
        if (!this.queued) {
          this.queued = new Map();
          queueMicrotask(() => void this.load());
        }
        this.queued.set(caseFileId, resolve);
      });
      this.loaded.set(caseFileId, found);
    }
    return found;
  }

  private async load(): Promise<void> {
    const queued = this.queued!;
    this.queued = null;
    try {
      const files = await this.prisma.caseFile.findMany({
        where: { id: { in: [...queued.keys()] } },
        select: { id: true, inspectionId: true, assessorId: true },
      });
      const byId = new Map(files.map((file) => [file.id, file]));
      for (const [id, resolve] of queued) resolve(byId.get(id) ?? null);
    } catch {
      // A failed lookup allows nothing; the request's other errors say what went wrong.
      for (const [id, resolve] of queued) {
        this.loaded.delete(id);
        resolve(null);
      }
    }
  }
}
