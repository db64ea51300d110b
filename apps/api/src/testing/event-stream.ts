// A GraphQL subscription over server-sent events as a browser's EventSource would read it: one POST with
// `accept: text/event-stream` to a real listener, then `event: next` / `event: complete` frames read off the body.
import type { GraphQLResponse } from './harness.ts';

export interface EventStream<T> {
  /** The response's status and content type. */
  status: number;
  contentType: string | null;
  /** Resolves once the server has sent its first bytes (yoga opens every stream with a ping). */
  opened: Promise<void>;
  /** The next `next` event's payload; rejects if none arrives within `timeoutMs` or the stream completes. */
  next(timeoutMs?: number): Promise<GraphQLResponse<T>>;
  /** Whether the server has sent `complete`. */
  completed(): boolean;
  close(): void;
}

export async function openEventStream<T = Record<string, unknown>>(
  graphqlUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string | null,
): Promise<EventStream<T>> {
  const abort = new AbortController();
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const received: GraphQLResponse<T>[] = [];
  const waiting: ((value: GraphQLResponse<T> | null) => void)[] = [];
  let done = false;
  let markOpened: () => void = () => {};
  const opened = new Promise<void>((resolve) => (markOpened = resolve));

  const deliver = (value: GraphQLResponse<T> | null) => {
    const waiter = waiting.shift();
    if (waiter) waiter(value);
    else if (value) received.push(value);
  };

  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) break;
        markOpened();
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = frame.split('\n');
          const event = lines
            .find((l) => l.startsWith('event:'))
            ?.slice(6)
            .trim();
          const data = lines
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trimStart())
            .join('\n');
          if (event === 'next') deliver(JSON.parse(data) as GraphQLResponse<T>);
          if (event === 'complete') done = true;
        }
      }
    } catch {
      // Aborted by close(), or the server went away: either way no more events come.
    } finally {
      done = true;
      markOpened();
      while (waiting.length) deliver(null);
    }
  })();

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    opened,
    completed: () => done,
    next: (timeoutMs = 10_000) => {
      const queued = received.shift();
      if (queued) return Promise.resolve(queued);
      if (done) return Promise.reject(new Error('The event stream has completed.'));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(new Error(`No event within ${timeoutMs} ms.`));
        }, timeoutMs);
        const waiter = (value: GraphQLResponse<T> | null) => {
          clearTimeout(timer);
          if (value) resolve(value);
          else reject(new Error('The event stream completed without another event.'));
        };
        waiting.push(waiter);
      });
    },
    close: () => abort.abort(),
  };
}
