// What the app keeps in IndexedDB to work with no connection: the last answers to the queries an assessor needs
// (who they are, their case files, each file and its framework), stored per person (keys start "<user id>|"), so
// that signing out can remove one person's copies from a shared device.
import { openDB, type IDBPDatabase } from 'idb';

export interface StoredResponse {
  key: string;
  body: string;
  storedAt: string;
}

const DB_NAME = 'scrutiny-inspector-offline';
const STORE = 'responses';

let db: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'key' });
    },
  });
  return db;
}

export async function putResponse(key: string, body: string): Promise<void> {
  const database = await open();
  await database.put(STORE, { key, body, storedAt: new Date().toISOString() } satisfies StoredResponse);
}

export async function getResponse(key: string): Promise<StoredResponse | undefined> {
  const database = await open();
  return (await database.get(STORE, key)) as StoredResponse | undefined;
}

export async function deleteResponse(key: string): Promise<void> {
  const database = await open();
  await database.delete(STORE, key);
}

/** Removes every response kept for one person (their keys start with `<userId>|`). */
export async function deleteResponsesOf(userId: string): Promise<void> {
  const database = await open();
  await database.delete(STORE, IDBKeyRange.bound(`${userId}|`, `${userId}|\uffff`));
}
