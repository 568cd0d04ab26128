// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import vitest from '@vitest/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries: app → features → (data, ui, lib) → domain. */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const featureNames = [
  'dashboard',
  'organisation',
  'indicator',
  'compare',
  'shell',
  'home',
  'search',
  'help',
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'public/mockServiceWorker.js', 'node_modules', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // A labelled region that scrolls must take focus so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict([
      {
        group: [
          'react',
          'react-dom',
          'react/*',
          '@tanstack/*',
          'zustand',
          'recharts',
          'msw',
          'msw/*',
        ],
        message: 'src/domain is pure: no React, no I/O.',
      },
      {
        group: [
          '@/data/*',
          '@/ui/*',
          '@/features/*',
          '@/app/*',
          '@/lib/*',
          '../data/*',
          '../ui/*',
          '../features/*',
          '../app/*',
        ],
        message: 'src/domain imports nothing outside itself.',
      },
    ]),
  },
  {
    files: ['src/data/**/*.ts', 'src/ui/**/*.{ts,tsx}', 'src/lib/**/*.ts'],
    rules: restrict([
      {
        group: ['@/features/*', '@/app/*'],
        message: 'Shared layers must not depend on features or the app.',
      },
    ]),
  },
  ...featureNames.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: restrict([
      { group: ['@/app/*'], message: 'Features do not import the app layer.' },
      {
        group: featureNames
          .filter((other) => other !== name)
          .map((other) => `@/features/${other}/*`),
        message: 'Features do not import each other; compose them in src/app.',
      },
    ]),
  })),
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: { ...vitest.configs.recommended.rules },
  },
  {
    files: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
);
