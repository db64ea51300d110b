import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Opening PGlite and compiling the schema engine's wasm take seconds on these 2-core machines, and longer while
    // the other packages' suites run beside it: the bounds are there to catch a hang, not to time anything.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
