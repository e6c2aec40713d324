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
  { files: ['src/web/**'], rules: boundary(['proxy', 'emulator', 'node']) },
  { files: ['src/emulator/**'], rules: boundary(['web', 'proxy']) },
  { files: ['src/proxy/**'], rules: boundary(['web']) },
);
