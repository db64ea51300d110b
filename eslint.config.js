// One lint configuration for the whole workspace. Boundaries are enforced here, not by hope:
// the domain stays pure, plugins never reach into apps, process.env is read only in each app's env.ts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What an app may not import: storage, the API, a plugin, or the other app. */
function appBoundary(app, other) {
  return {
    files: [`apps/${app}/src/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@scrutiny/api',
                '@scrutiny/api/*',
                '@scrutiny/db',
                '@scrutiny/db/*',
                '@scrutiny/plugin-*',
                '@prisma/*',
                '@pothos/*',
                '@scrutiny/reference-data',
                '@scrutiny/e2e',
                '@scrutiny/bench',
                `@scrutiny/${other}`,
                `**/${other}/src/**`,
              ],
              message: 'An app imports only the GraphQL client, the UI package and the domain; never another app.',
            },
          ],
        },
      ],
    },
  };
}

/**
 * A role compared: `x.role === …`, `… !== x.role`, `list.includes(x.role)`, `switch (x.role)`, also through a type
 * assertion (`list.includes(x.role as UserRole)`) or a non-null assertion.
 */
const ROLE_COMPARISONS = [
  "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression.left[property.name='role']",
  "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression.right[property.name='role']",
  "CallExpression[callee.property.name='includes'] > MemberExpression.arguments[property.name='role']",
  "SwitchStatement > MemberExpression.discriminant[property.name='role']",
  "BinaryExpression[operator=/^[!=]==?$/] > ChainExpression > MemberExpression[property.name='role']",
  "CallExpression[callee.property.name='includes'] > ChainExpression > MemberExpression[property.name='role']",
  "BinaryExpression[operator=/^[!=]==?$/] > :matches(TSAsExpression, TSNonNullExpression, TSSatisfiesExpression) > MemberExpression.expression[property.name='role']",
  "CallExpression[callee.property.name='includes'] > :matches(TSAsExpression, TSNonNullExpression, TSSatisfiesExpression) > MemberExpression.expression[property.name='role']",
  "SwitchStatement > :matches(TSAsExpression, TSNonNullExpression).discriminant > MemberExpression.expression[property.name='role']",
];

/**
 * A write through Prisma: a model's create/update/delete/upsert (and their many forms), a transaction or raw SQL
 * executed. In schema/ these belong in a service (issue 17).
 */
// A model's write is `<client>.<model>.<write>(…)`: the callee's object is itself a member (`ctx.prisma.user`), which a
// Map's or Set's own `delete` on a plain variable is not.
const PRISMA_WRITES = [
  'CallExpression > MemberExpression.callee[object.type="MemberExpression"][property.name=/^(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)$/]',
  'CallExpression > MemberExpression.callee[property.name=/^\\$(transaction|executeRaw|executeRawUnsafe)$/]',
  'TaggedTemplateExpression > MemberExpression.tag[property.name=/^\\$executeRaw(Unsafe)?$/]',
];

/** Files of the API that still compare roles outside access/: each is to move its checks there (issue 17). */
const ROLE_CHECKS_STILL_TO_MOVE = [];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-server/**',
      '**/src/generated/**',
      '**/.data/**',
      '**/.turbo/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read process.env only in the env.ts of an app or package.',
        },
      ],
    },
  },
  {
    files: [
      '**/env.ts',
      '**/*.config.ts',
      '**/*.test.ts',
      '**/test/**',
      'scripts/**',
      '**/scripts/**',
      'bench/**',
      'e2e/**',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@prisma/*',
                '@scrutiny/db',
                'graphql',
                'graphql-*',
                '@pothos/*',
                'react',
                'react-*',
                'node:*',
                'fs',
                'path',
              ],
              message: 'packages/domain is pure: no I/O, no Prisma, GraphQL or React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/domain/**/*.test.ts', 'packages/domain/test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // One rule for every display of a figure: the apps print percentages, changes and kappas through the domain's
    // formatting (half-up on exact counts), never with their own rounding.
    files: ['apps/board/src/**/*.{ts,tsx}', 'apps/inspector/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['round', 'floor', 'ceil', 'trunc'].map((property) => ({
          object: 'Math',
          property,
          message: 'Format figures with @scrutiny/domain (formatPercent, formatChangePoints, …), not by hand.',
        })),
        ...['toFixed', 'toPrecision'].map((property) => ({
          property,
          message: 'Format figures with @scrutiny/domain (formatPercent, formatKappa, …), not by hand.',
        })),
      ],
    },
  },
  {
    files: ['packages/plugins/**/*.ts', 'packages/plugin-sdk/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@scrutiny/api',
                '@scrutiny/inspector',
                '@scrutiny/board',
                '@scrutiny/db',
                '@scrutiny/reference-data',
                '@scrutiny/graphql-client',
                '@prisma/*',
                '@pothos/*',
                'graphql',
                '**/apps/**',
              ],
              message: 'Plugins depend on the SDK and the domain only: never on an app, storage or the transport.',
            },
          ],
        },
      ],
    },
  },
  // The apps are clients of the API: they import the GraphQL client, the shared UI and the domain's pure helpers,
  // never storage, the API, a plugin or each other.
  appBoundary('board', 'inspector'),
  appBoundary('inspector', 'board'),
  {
    // The UI package shows what it is given: no data fetching (GraphQL client, urql), storage, API, plugin, app or
    // Node API; only React and the domain's pure helpers. Its Chromium test helpers run in Node.
    files: ['packages/ui/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'packages/ui/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@scrutiny/*',
                '!@scrutiny/domain',
                '@prisma/*',
                '@pothos/*',
                'graphql',
                'urql',
                '@urql/*',
                'node:*',
                '**/apps/**',
              ],
              message: 'The UI package imports only React and the domain: it shows what the apps give it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The public pages' contract between the board's server renderer and the API: types and constants only, so both
    // sides may import it without importing each other (or React, urql, storage or Node).
    files: ['packages/public-pages/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@scrutiny/*',
                'react',
                'react-*',
                'urql',
                '@urql/*',
                'graphql',
                '@prisma/*',
                'node:*',
                '**/apps/**',
              ],
              message: '@scrutiny/public-pages holds the renderer contract only: types and constants, no imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // Storage knows nothing of the transport: no API, no GraphQL (the API generates its own Pothos types).
    files: ['packages/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@scrutiny/api',
                '@scrutiny/api/*',
                '@scrutiny/inspector',
                '@scrutiny/board',
                'graphql',
                'graphql-*',
                '@pothos/*',
                '**/apps/**',
              ],
              message: 'packages/db is storage: it imports no API, GraphQL or app.',
            },
          ],
        },
      ],
    },
  },
  {
    // The API serves the apps' built files but never imports their code: the board's server renderer, which makes the
    // public pages (issue 20), is loaded at run time from the board's build, through the contract in
    // @scrutiny/public-pages (public-pages/board-renderer.ts).
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@scrutiny/inspector',
                '@scrutiny/inspector/*',
                '@scrutiny/board',
                '@scrutiny/board/*',
                '**/inspector/src/**',
                '**/board/src/**',
                '**/inspector/dist/**',
                '**/board/dist/**',
                '**/board/dist-server/**',
              ],
              message: 'The API never imports an app: shared code lives in a package.',
            },
          ],
        },
      ],
    },
  },
  {
    // Services and access checks know nothing of the transport: they throw ServiceErrors (services/errors.ts) and
    // the schema maps them (schema/service-errors-plugin.ts, schema/errors.ts).
    files: ['apps/api/src/services/**/*.ts', 'apps/api/src/access/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['graphql', '@pothos/*', '**/schema/**', '../errors.ts', '../../errors.ts', '**/yoga.ts'],
              message: 'Services and access checks import no GraphQL: throw a ServiceError from services/errors.ts.',
            },
            {
              group: ['@scrutiny/inspector', '@scrutiny/inspector/*', '@scrutiny/board', '@scrutiny/board/*'],
              message: 'The API never imports an app: shared code lives in a package.',
            },
          ],
        },
      ],
    },
  },
  {
    // access/ owns every role check (who may see, change, sign off, publish; team membership): nothing else in the
    // API compares a role. The files listed in `ignores` still do, and are to move into access/ (issue 17).
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      'apps/api/src/test/**',
      'apps/api/src/testing/**',
      'apps/api/src/access/**',
      'apps/api/src/env.ts',
      'apps/api/src/seed/**',
      'apps/api/src/cli/**',
      ...ROLE_CHECKS_STILL_TO_MOVE,
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read process.env only in the env.ts of an app or package.',
        },
        ...ROLE_COMPARISONS.map((selector) => ({
          selector,
          message: 'Compare roles only in apps/api/src/access/: ask it a question (may this viewer …?).',
        })),
      ],
    },
  },
  {
    // The schema translates between GraphQL and the services: every state change (its transaction and audit) is a
    // service's. The same rules as above hold here too, since this block's list replaces theirs.
    files: ['apps/api/src/schema/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read process.env only in the env.ts of an app or package.',
        },
        ...ROLE_COMPARISONS.map((selector) => ({
          selector,
          message: 'Compare roles only in apps/api/src/access/: ask it a question (may this viewer …?).',
        })),
        ...PRISMA_WRITES.map((selector) => ({
          selector,
          message:
            'The schema changes nothing itself: call a service in apps/api/src/services/, which owns the write, its transaction and audit.',
        })),
      ],
    },
  },
  {
    // A page is composed of named parts: no component (nor any other function) of the apps or the UI package runs
    // past 150 lines.
    files: ['apps/board/src/**/*.tsx', 'apps/inspector/src/**/*.tsx', 'packages/ui/src/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 150 }] },
  },
);
