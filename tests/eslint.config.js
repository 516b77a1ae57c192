import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Modules that import each other run half-initialised at load time, and make a change in one
    // ripple into the other: dependencies point one way (see "How it is built" in the README).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Errors are said by key so every language can say them (shared/i18n/errors); a sentence
    // built in code cannot be translated. tests/unit/i18n/error-keys.test.ts checks every key.
    files: ['electron/**/*.ts', 'shared/**/*.ts'],
    ignores: ['electron/services/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='AppError'] > :matches(TemplateLiteral, BinaryExpression)",
          message: 'Raise an AppError with a key of shared/i18n/errors and its values, not a sentence.',
        },
        {
          selector: 'CallExpression[callee.name=/^(fail|refusal|refuse|missing)$/] > :matches(TemplateLiteral, BinaryExpression)',
          message: 'Give a key of shared/i18n/errors and its values, not a sentence.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-globals': ['error', { name: 'api', message: 'Use renderer/src/lib/api.ts.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Only renderer/src/lib/api.ts may touch window.api.' },
      ],
    },
  },
  { files: ['renderer/src/lib/api.ts'], rules: { 'no-restricted-properties': 'off' } },
  {
    // Services are plain Node so vitest, the browser host and benchmarks can run them.
    files: ['electron/services/**/*.ts', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Services and shared code never import electron.' }] }],
    },
  },
  {
    // shared/ is pure: no I/O.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'fs', 'node:fs', 'node:fs/promises', 'fs/promises', 'child_process', 'node:child_process'],
        },
      ],
    },
  },
);
