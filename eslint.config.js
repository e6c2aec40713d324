import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';

// Arrows point towards src/ecs: the model imports nothing of ours, and the three consumers never
// import each other (the proxy may start the emulator embedded, nothing else). src/node holds what
// only the two servers share (signing, loopback, command-line values): it imports only src/ecs, and
// the browser never imports it.
const boundary = (forbidden) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: forbidden.map((dir) => ({
        group: [`**/${dir}/**`, `**/${dir}`],
        message: `Do not import ${dir}.`,
      })),
    },
  ],
});

const NOT_FOR_THE_BROWSER = ['proxy', 'emulator', 'node'];

// Inside src/web the folders are layers, each importing only from the layers before it and never
// from a sibling, so no two folders import each other:
//   ui ← columns ← view-state ← images ← filters | table | detail | status ← audit ← app
// `ui` is generic controls and formatting; `columns` what an image row is and how each column reads
// and draws; `view-state` the view and its URL; `images` the data, from fetching to the rows the
// table shows; then the components; `audit` the audit screen, which reuses components (the region
// picker, error lists); `app` lays out the page.
const WEB_LAYERS = [
  ['ui'],
  ['columns'],
  ['view-state'],
  ['images'],
  ['filters', 'table', 'detail', 'status'],
  ['audit'],
  ['app'],
];
const webLayerRules = WEB_LAYERS.flatMap((layer, level) =>
  layer.map((folder) => ({
    files: [`src/web/${folder}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NOT_FOR_THE_BROWSER.map((dir) => ({
              group: [`**/${dir}/**`, `**/${dir}`],
              message: `Do not import ${dir}.`,
            })),
            ...[...WEB_LAYERS.slice(level + 1).flat(), ...layer.filter((other) => other !== folder)].map(
              (other) => ({
                group: [`**/${other}/**`],
                message: `src/web/${folder} may not import src/web/${other} (the layers in eslint.config.js).`,
              }),
            ),
          ],
        },
      ],
    },
  })),
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'reports', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'check-file': checkFile },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only']",
          message: 'Focused tests silence the rest of the suite.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['src/ecs/**'], rules: boundary(['web', 'proxy', 'emulator', 'node']) },
  { files: ['src/node/**'], rules: boundary(['web', 'proxy', 'emulator']) },
  { files: ['src/web/**'], rules: boundary(NOT_FOR_THE_BROWSER) },
  ...webLayerRules,
  { files: ['src/emulator/**'], rules: boundary(['web', 'proxy']) },
  { files: ['src/proxy/**'], rules: boundary(['web']) },
);
