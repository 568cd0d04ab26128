// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import vitest from '@vitest/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import { readdirSync } from 'node:fs';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';

/*
 * Import boundaries, by resolved path (so `../lib/csv` and `@/lib/csv` are the same import):
 *   app → features → (data, ui, lib) → domain;  server → server/engine → domain;  mocks → server/engine.
 * Nothing in the browser imports the server, nothing in the server imports features, ui or app,
 * features do not import each other, and no production code imports test code. Scripts may import
 * anything but test code. docs/architecture.md explains each rule; eslint-boundaries.test.ts
 * plants a forbidden import per zone and checks lint refuses it.
 */
const PRODUCTION = ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'mocks/**/*.ts', 'scripts/**/*.ts'];
const TESTS = ['**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'];
const featureNames = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Zones every file obeys, test or not. */
const layerZones = [
  {
    target: 'src/domain',
    from: [
      'src/app',
      'src/main.tsx',
      'src/features',
      'src/data',
      'src/ui',
      'src/lib',
      'server',
      'mocks',
      'scripts',
      'test',
    ],
    message: 'src/domain is pure and imports nothing outside itself.',
  },
  {
    target: ['src/data', 'src/ui', 'src/lib'],
    from: ['src/app', 'src/main.tsx', 'src/features'],
    message: 'Shared layers (data, ui, lib) must not depend on features or the app.',
  },
  {
    target: ['src/data', 'src/lib'],
    from: 'src/ui',
    message: 'data and lib sit below ui: move the shared piece down, or pass it in.',
  },
  {
    target: ['src/ui', 'src/lib'],
    from: 'src/data',
    except: ['./api/contract.ts', './contract/dataset-schema.ts'],
    message:
      'Shared UI and lib take the contract types (src/data/api/contract.ts, src/data/contract/dataset-schema.ts) and nothing else from src/data: the feature passes data and handlers in as props.',
  },
  {
    target: 'src/features',
    from: ['src/app', 'src/main.tsx'],
    message: 'Features do not import the app layer; the app composes them.',
  },
  ...featureNames.map((name) => ({
    target: `src/features/${name}`,
    from: 'src/features',
    except: [`./${name}`],
    message:
      'Features do not import each other; compose them in src/app or move the shared piece to src/ui, src/lib or src/domain.',
  })),
  {
    target: ['src', 'test'],
    from: 'server',
    except: ['./engine'],
    message:
      'Browser code and its tests never import the Node server (server/engine, the pure engine, is shared).',
  },
  {
    target: [
      'src/app',
      'src/features',
      'src/ui',
      'src/lib',
      'src/domain',
      'src/data',
      'src/main.tsx',
    ],
    from: 'server/engine',
    message:
      'The browser reaches the engine only through the API (the MSW handlers in mocks/ run it).',
  },
  {
    target: 'server',
    from: ['src/app', 'src/main.tsx', 'src/features', 'src/ui'],
    message: 'The server never imports features, ui or the app.',
  },
  {
    target: 'server',
    from: 'scripts',
    except: ['./lib'],
    message: 'The server may share the Node helpers in scripts/lib, never the commands themselves.',
  },
  {
    target: 'server/engine',
    from: 'server',
    except: ['./engine'],
    message: 'server/engine is pure: it does not import the HTTP server, auth or the database.',
  },
  {
    target: 'mocks',
    from: ['src/app', 'src/main.tsx', 'src/features', 'src/ui'],
    message: 'mocks/ holds MSW handlers and scenarios only: it runs the engine, not the screens.',
  },
  {
    target: 'mocks',
    from: 'server',
    except: ['./engine'],
    message: 'mocks/ may run server/engine, never the rest of the server.',
  },
];

/** Zones for production code only: tests may use the mocks and the test helpers. */
const productionZones = [
  {
    target: ['src/app', 'src/features', 'src/data', 'src/ui', 'src/lib', 'src/domain'],
    from: 'mocks',
    message: 'Only src/main.tsx starts the mock API; app code reaches it through HTTP.',
  },
  {
    target: ['src', 'server', 'mocks', 'scripts'],
    from: 'test',
    message: 'Production code and scripts never import test code.',
  },
  {
    target: ['src', 'server', 'mocks', 'scripts'],
    from: ['**/*.test.ts', '**/*.test.tsx'],
    message: 'Production code and scripts never import test code.',
  },
];

const boundaries = (zones) => ({
  'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
});

/** Packages the pure domain must not use: anything that is not itself (no React, no I/O, no zod). */
const domainPackages = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: '^(?!\\.{1,2}/|@/domain/)',
          message: 'src/domain is pure: no packages (React, zod, fetch, node:*), only itself.',
        },
      ],
    },
  ],
};

/** Shared UI and lib read the contract's types, never its runtime (see docs/architecture.md). */
const contractTypesPattern = {
  regex: '(^@/data/|(^|/)data/)',
  allowTypeImports: true,
  message: 'Shared UI and lib import only types from src/data (import type …).',
};
/** The router library stays behind src/ui/navigation (ADR 0078), so it can be changed in one place. */
const routerPattern = {
  regex: '^wouter(/|$)',
  message:
    "Use Link, useNavigate and the route hooks from '@/ui/navigation', not the router library.",
};
const restrictImports = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const contractTypesOnly = restrictImports(contractTypesPattern, routerPattern);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'public/mockServiceWorker.js',
      'node_modules',
      '.bench',
      '.prerender',
    ],
  },
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
    plugins: { 'import-x': importX },
    settings: {
      // The TypeScript preset's extensions and parser, so no-cycle can follow .ts/.tsx files.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json', alwaysTryTypes: true }),
      ],
    },
  },
  {
    files: PRODUCTION,
    ignores: TESTS,
    rules: {
      ...boundaries([...layerZones, ...productionZones]),
      // Cycles make load order matter and hide layering mistakes; tests sit outside the graph.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  { files: TESTS, rules: boundaries(layerZones) },
  { files: ['src/domain/**/*.ts'], ignores: TESTS, rules: domainPackages },
  { files: ['src/ui/**/*.{ts,tsx}', 'src/lib/**/*.ts'], ignores: TESTS, rules: contractTypesOnly },
  {
    files: ['src/ui/navigation/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: restrictImports(contractTypesPattern),
  },
  { files: ['src/features/**/*.{ts,tsx}'], rules: restrictImports(routerPattern) },
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
