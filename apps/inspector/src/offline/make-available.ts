// "Make my case files available offline": loads each assigned case file, its framework and the frameworks'
// answer sets once, so the offline fetch keeps them (IndexedDB) and they open and can be answered with no
// connection. What was kept, and when, is remembered per person.
import type { Client } from '@urql/core';
import { CaseFileFrameworkQuery, CaseFileQuery, FrameworksQuery } from '../documents.ts';

export interface OfflineCopy {
  count: number;
  at: string;
}

const key = (userId: string) => `scrutiny.inspector.offline-copy.v1.${userId}`;

export function offlineCopyOf(userId: string): OfflineCopy | null {
  try {
    const raw = JSON.parse(localStorage.getItem(key(userId)) ?? 'null') as OfflineCopy | null;
    return raw && typeof raw.count === 'number' && typeof raw.at === 'string' ? raw : null;
  } catch {
    return null;
  }
}

export async function makeAvailableOffline(
  client: Client,
  userId: string,
  files: readonly { id: string }[],
): Promise<OfflineCopy> {
  const fresh = { requestPolicy: 'network-only' } as const;
  const frameworks = await client.query(FrameworksQuery, {}, fresh).toPromise();
  if (frameworks.error) throw new Error('Scrutiny cannot be reached');
  let count = 0;
  for (const file of files) {
    const [caseFile, framework] = await Promise.all([
      client.query(CaseFileQuery, { id: file.id }, fresh).toPromise(),
      client.query(CaseFileFrameworkQuery, { id: file.id }, fresh).toPromise(),
    ]);
    if (caseFile.data?.caseFile && !framework.error?.networkError) count += 1;
  }
  const copy = { count, at: new Date().toISOString() };
  localStorage.setItem(key(userId), JSON.stringify(copy));
  return copy;
}

/** Forgets that this person's case files were kept offline (on sign-out, when the copies are removed). */
export function forgetOfflineCopy(userId: string): void {
  localStorage.removeItem(key(userId));
}
