// A kept answer's data written as JSON once, not at every request that is served it (issue 23): at 420 areas the
// national picture's data is 84 KB, and writing it again for each reader was most of what a cached read still cost.
// yoga writes an answer with its `stringify` when it has one; a kept answer's writes its data from the text made the
// first time, and only the small rest (the cost, this caller's rate limit) anew.
import type { ExecutionResult } from 'graphql';

type Stringify = (result: ExecutionResult) => string;

/** The data's JSON, by the kept answer (the in-memory cache hands back the same object at every hit). */
const written = new WeakMap<object, string>();

/** The kept answer, as served: written from its data's JSON, made once per kept answer. */
export function withSerialisedData<T extends ExecutionResult>(kept: T): T & { stringify: Stringify } {
  const data = kept.data;
  let json = data === undefined || data === null ? undefined : written.get(kept);
  if (json === undefined && data !== undefined && data !== null) {
    json = JSON.stringify(data);
    written.set(kept, json);
  }
  const dataJson = json;
  return {
    ...kept,
    stringify: (result: ExecutionResult) => {
      // Anything that replaced the data on the way (nothing does today) is written as it is.
      if (dataJson === undefined || result.data !== data) return JSON.stringify(result);
      const { data: _written, ...rest } = result;
      const restJson = JSON.stringify(rest);
      return restJson === '{}' ? `{"data":${dataJson}}` : `{"data":${dataJson},${restJson.slice(1)}`;
    },
  };
}
