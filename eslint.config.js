import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Kysely's query builders and raw `sql`: only repositories (and migrations, scripts) call them.
const KYSELY_CALLS = [
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'replaceInto',
  'mergeInto',
  'selectNoFrom',
].map((name) => ({
  selector: `CallExpression[callee.property.name='${name}']`,
  message: `Kysely ${name}() belongs in a *.repository.ts file.`,
}));
KYSELY_CALLS.push({
  selector: "TaggedTemplateExpression[tag.name='sql']",
  message: 'Raw SQL belongs in a *.repository.ts file.',
});

// Services throw NotFound, Conflict, InvalidState…; the error mapper alone knows HTTP statuses.
const DOMAIN_ERRORS_ONLY = [
  {
    selector: "NewExpression[callee.name='DomainError']",
    message: 'Throw a domain error factory (NotFound, Conflict, InvalidState, Validation…).',
  },
  {
    selector: "CallExpression[callee.property.name='code'][arguments.0.value>=400]",
    message: 'Throw a domain error; error-handler.ts maps it to a status.',
  },
];

/** `../other-module/file.js` from `depth` folders down in a module: only `index.js` may be imported. */
const moduleBoundary = (depth) => [
  {
    regex: `^${'\\.\\./'.repeat(depth)}(?!\\.\\.)[^/]+/(?!index\\.js$).+`,
    message: 'Import another module through its index.ts.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'src/server/db/schema.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The layers only depend downwards: core knows nothing, contract knows core.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/contract/**',
            '**/server/**',
            '**/web/**',
            'node:*',
            'fastify',
            'kysely',
            'pg',
          ],
        },
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/web/**', 'node:*'] }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', 'node:*'] }],
    },
  },
  // The house rules of issue 12 (docs/architecture.md): the lint is their acceptance.
  {
    // SQL lives in repositories: services hold use cases, routes hold handlers.
    files: ['src/server/modules/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...KYSELY_CALLS, ...DOMAIN_ERRORS_ONLY],
    },
  },
  {
    // Routes are declared once, in src/contract/routes; modules give the handlers (mountRoutes).
    files: ['src/server/modules/**/*.routes.ts'],
    ignores: ['src/server/modules/health/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...KYSELY_CALLS,
        ...DOMAIN_ERRORS_ONLY,
        {
          selector:
            "CallExpression[callee.object.name='app'][callee.property.name=/^(get|post|put|patch|delete|route)$/]",
          message: 'Declare the route in src/contract/routes and give its handler in the map.',
        },
      ],
    },
  },
  {
    files: ['**/*.repository.ts'],
    rules: { 'no-restricted-syntax': ['error', ...DOMAIN_ERRORS_ONLY] },
  },
  {
    // Modules reach each other only through their index.ts.
    files: ['src/server/modules/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: moduleBoundary(1) }] },
  },
  {
    files: ['src/server/modules/*/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: moduleBoundary(2) }] },
  },
  {
    files: ['src/server/modules/*/*/*/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: moduleBoundary(3) }] },
  },
  {
    // Services stay use cases: split a long one by use case.
    files: ['src/server/modules/**/*.service.ts'],
    rules: { 'max-lines': ['error', { max: 650 }] },
  },
  {
    // The web calls the API through the typed client (src/web/lib/client.ts), never by URL.
    files: ['src/web/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['**/server/**', 'node:*'],
          paths: [
            {
              name: '../../lib/api-client',
              importNames: ['api', 'apiWithStatus', 'apiFile'],
              message: 'Call a contract route with lib/client (call, callWithStatus, callFile).',
            },
            {
              name: '../../lib/download',
              importNames: ['downloadFile'],
              message: 'Fetch with callFile and hand it to saveFile.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^\\/api\\//]',
          message: 'Use routeUrl(route, input) from lib/client.',
        },
        {
          selector: 'TemplateElement[value.raw=/^\\/api\\//]',
          message: 'Use routeUrl(route, input) from lib/client.',
        },
      ],
    },
  },
);
