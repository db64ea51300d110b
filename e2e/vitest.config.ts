import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^graphql$/,
        replacement: require.resolve('graphql'),
      },
    ],
  },
  test: { include: ['src/**/*.e2e.test.ts'], testTimeout: 180_000, hookTimeout: 240_000, pool: 'forks', maxWorkers: 1 },
});
