// ESLint flat config. The layer rules of the project live here as zones:
//   shared/   pure TypeScript: no Node, Electron, SQLite, DOM or React;
//   electron/ may use Node, Electron and SQLite, never renderer/;
//   renderer/ may use the DOM and React, never electron/ or Node.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads'];

// One local "today" (shared/text/today.ts): toISOString() is UTC, so `.toISOString().slice(0, 10)` is
// yesterday before 07:00 in Vietnam. Listed in every block that sets no-restricted-syntax (a later block replaces it).
const noUtcDate = {
  selector: "CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
  message: 'toISOString() is UTC: use todayIn() from shared/text/today.ts for a calendar date.',
};

// Packages allowed in shared/: pure libraries that run in Node and the browser alike.
const sharedAllowedNote = 'shared/ may only import zod, docx, pdf-lib, fflate and other shared/ modules.';

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'build/**', 'out/**', 'dist/**', 'test-results/**', 'coverage/**', '**/*.min.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-syntax': ['error', noUtcDate],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description', 'ts-expect-error': 'allow-with-description' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-restricted-syntax': ['error', noUtcDate] },
  },
  // Zone: shared/ is pure.
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'better-sqlite3', 'react', 'react-dom', 'zustand', 'pdfjs-dist', 'playwright-core'].map((name) => ({ name, message: sharedAllowedNote })),
        patterns: [
          { group: nodeBuiltins, message: 'shared/ must not use Node built-ins: ' + sharedAllowedNote },
          { group: ['**/electron/**', '**/renderer/**', 'electron/*', 'renderer/*'], message: 'shared/ must not import electron/ or renderer/.' },
          { group: ['react/*', 'react-dom/*', 'pdfjs-dist/*'], message: sharedAllowedNote },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  // Zone: electron/ never imports renderer/.
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'zustand'].map((name) => ({ name, message: 'electron/ must not import UI libraries.' })),
        patterns: [{ group: ['**/renderer/**', 'renderer/*'], message: 'electron/ must not import renderer/.' }],
      }],
    },
  },
  // Zone: renderer/ never imports electron/ or Node, and only stores/ and api/ talk to window.api.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: ['electron', 'better-sqlite3'].map((name) => ({ name, message: 'renderer/ must not import Node or Electron modules.' })),
        patterns: [
          { group: nodeBuiltins, message: 'renderer/ must not use Node built-ins.' },
          { group: ['**/electron/**', 'electron/*'], message: 'renderer/ must not import electron/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/api/**', 'renderer/stores/**'],
    rules: {
      'no-restricted-syntax': ['error', noUtcDate, {
        // The browser shows its own locale's order (07/10/2023 = 10 July to a Vietnamese clerk).
        selector: "JSXAttribute[name.name='type'][value.value='date']",
        message: 'Use renderer/components/DateInput (dd/mm/yyyy whatever the locale), not <input type="date">.',
      }, {
        selector: "MemberExpression[object.name='window'][property.name='api']",
        message: 'Components talk to the backend through renderer/stores only.',
      }],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    languageOptions: { globals: { ...globals.node } },
  },
);
