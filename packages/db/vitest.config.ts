import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Opening PGlite and compiling the schema engine's wasm take seconds on these 2-core machines.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
