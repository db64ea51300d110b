// The fetch the app's GraphQL client sends through. The queries an assessor needs to work offline are kept (per
// person) as they arrive; when the network fails, the kept answer is served instead, so the app opens and the
// case files made available offline can be read and answered. Mutations are never kept: unsent answers wait in
// the save queue.
import { deleteResponse, deleteResponsesOf, getResponse, putResponse } from './response-store.ts';

/** The queries kept for offline use. `Viewer` is kept for the device (who was last signed in here). */
export const OFFLINE_OPERATIONS = new Set(['Viewer', 'MyCaseFiles', 'CaseFile', 'CaseFileFramework', 'Frameworks']);

const VIEWER_KEY = 'device|Viewer';

interface RequestBody {
  operationName?: string;
  variables?: unknown;
}

function parseBody(init: RequestInit | undefined): RequestBody | null {
  if (typeof init?.body !== 'string') return null;
  try {
    return JSON.parse(init.body) as RequestBody;
  } catch {
    return null;
  }
}

export interface OfflineFetch {
  fetch: typeof fetch;
  /**
   * On sign-out: forgets who was signed in on this device (nobody is signed in offline afterwards) and removes that
   * person's kept copies of case files and frameworks, which hold personal data. Unsent answers are not here: they
   * wait in the save queue for their author.
   */
  forgetViewer(): Promise<void>;
}

export function offlineFetch(network: typeof fetch = (...args) => globalThis.fetch(...args)): OfflineFetch {
  let userId: string | null = null;

  const keyOf = (body: RequestBody): string | null => {
    const name = body.operationName;
    if (!name || !OFFLINE_OPERATIONS.has(name)) return null;
    if (name === 'Viewer') return VIEWER_KEY;
    return userId === null ? null : `${userId}|${name}|${JSON.stringify(body.variables ?? {})}`;
  };

  const learnViewer = (text: string) => {
    try {
      const json = JSON.parse(text) as { data?: { viewer?: { id?: string } | null } };
      if (json.data && 'viewer' in json.data) userId = json.data.viewer?.id ?? null;
    } catch {
      // Not JSON: nothing to learn.
    }
  };

  const kept = async (key: string | null): Promise<Response | null> => {
    if (key === null) return null;
    const stored = await getResponse(key).catch(() => undefined);
    if (!stored) return null;
    if (key === VIEWER_KEY) learnViewer(stored.body);
    return new Response(stored.body, {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-scrutiny-offline': stored.storedAt },
    });
  };

  const wrapped: typeof fetch = async (input, init) => {
    const body = parseBody(init);
    const key = body ? keyOf(body) : null;
    let response: Response;
    try {
      response = await network(input, init);
    } catch (error) {
      const fallback = await kept(key);
      if (fallback) return fallback;
      throw error;
    }
    if (key !== null && response.ok && (response.headers.get('content-type') ?? '').includes('json')) {
      const text = await response.clone().text();
      if (key === VIEWER_KEY) learnViewer(text);
      const ok = !/"errors"\s*:/.test(text);
      // A signed-out answer to Viewer forgets who was here; other answers are kept only when whole.
      if (key === VIEWER_KEY && userId === null) await deleteResponse(VIEWER_KEY).catch(() => undefined);
      else if (ok) await putResponse(keyOf(body!) ?? key, text).catch(() => undefined);
    }
    return response;
  };

  return {
    fetch: wrapped,
    forgetViewer: async () => {
      const leaving = userId;
      userId = null;
      await deleteResponse(VIEWER_KEY).catch(() => undefined);
      if (leaving !== null) await deleteResponsesOf(leaving).catch(() => undefined);
    },
  };
}
