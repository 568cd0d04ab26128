// @vitest-environment node
/**
 * The import boundaries hold: for each zone in eslint.config.js a file is planted inside the project
 * with one forbidden import (relative paths as well as aliases), and lint must refuse it; a file of
 * permitted imports must pass. Type-aware rules are switched off here: the boundary rules need only
 * the resolver, and a type-checked program would cost half a minute.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tag = `__boundary-probe-${process.pid}`;
const BOUNDARY_RULES = new Set([
  'import-x/no-restricted-paths',
  'import-x/no-cycle',
  'no-restricted-imports',
]);

interface Probe {
  zone: string;
  /** Where the planted file goes, relative to the project. */
  file: string;
  source: string;
  rule: string;
}

/** Files the probes import that the project does not have (the server beyond its engine). */
const targets: Record<string, string> = {
  [`server/${tag}-http.ts`]: 'export const listen = (): number => 0;\n',
};

const forbidden: Probe[] = [
  {
    zone: 'domain imports nothing outside itself (relative)',
    file: `src/domain/${tag}-a.ts`,
    source: "export { isRecord } from '../lib/is-record';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'domain uses no packages (zod)',
    file: `src/domain/${tag}-b.ts`,
    source: "import { z } from 'zod';\nexport const schema = z.string();\n",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'shared ui does not import features (relative)',
    file: `src/ui/${tag}-a.ts`,
    source: "export { codeText } from '../features/compare/indicator-picker';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'data does not import the app',
    file: `src/data/${tag}-a.ts`,
    source: "export { routes } from '@/app/router';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'lib does not import ui (relative)',
    file: `src/lib/${tag}-a.ts`,
    source: "export { ScrollRegion } from '../ui/scroll-region';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: "shared ui takes nothing from data but the contract's types",
    file: `src/ui/${tag}-b.ts`,
    source: "export { manifestQuery } from '@/data/api/queries';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'shared ui imports the contract for its types only',
    file: `src/ui/${tag}-c.ts`,
    source:
      "import { ragStatusSchema } from '@/data/api/contract';\nexport const statuses = ragStatusSchema.options;\n",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'features do not import each other (relative)',
    file: `src/features/dashboard/${tag}-a.ts`,
    source: "export { codeText } from '../compare/indicator-picker';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'features do not import the app',
    file: `src/features/dashboard/${tag}-b.ts`,
    source: "export { routes } from '@/app/router';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'features use the router only through @/ui/navigation',
    file: `src/features/dashboard/${tag}-c.tsx`,
    source: "export { Link } from 'wouter';\n",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'browser code never imports the Node server',
    file: `src/app/${tag}-a.ts`,
    source: `export { listen } from '@server/${tag}-http';\n`,
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'browser code reaches the engine only through the API',
    file: `src/app/${tag}-b.ts`,
    source: "export { createApiEngine } from '@server/engine/engine';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'app code does not import the mocks',
    file: `src/data/${tag}-b.ts`,
    source: "export { setScenario } from '@mocks/scenarios';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'the server never imports features (relative)',
    file: `server/${tag}-a.ts`,
    source: "export { buildComparisonView } from '../src/features/compare/comparison-model';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'the engine does not import the rest of the server (relative)',
    file: `server/engine/${tag}-a.ts`,
    source: `export { listen } from '../${tag}-http';\n`,
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'mocks do not import the screens',
    file: `mocks/${tag}-a.ts`,
    source: "export { ScrollRegion } from '@/ui/scroll-region';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'mocks run the engine, never the rest of the server (relative)',
    file: `mocks/${tag}-b.ts`,
    source: `export { listen } from '../server/${tag}-http';\n`,
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'scripts never import test code (relative)',
    file: `scripts/${tag}-a.ts`,
    source: "export { renderApp } from '../test/render-app';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'production code never imports a test file',
    file: `src/lib/${tag}-b.ts`,
    source: "export * from './csv.test';\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    zone: 'no import cycles',
    file: `src/lib/${tag}-cycle-a.ts`,
    source: `import { b } from './${tag}-cycle-b';\nexport const a = (): number => b() + 1;\n`,
    rule: 'import-x/no-cycle',
  },
];
targets[`src/lib/${tag}-cycle-b.ts`] =
  `import { a } from './${tag}-cycle-a';\nexport const b = (): number => (Math.random() > 2 ? a() : 0);\n`;

const permitted: Probe = {
  zone: 'permitted imports',
  file: `src/features/dashboard/${tag}-ok.tsx`,
  source: [
    "import type { IndicatorRow } from '@/data/api/contract';",
    "import { manifestQuery } from '@/data/api/queries';",
    "import { formatPeriod } from '../../domain/periods';",
    "import { ScrollRegion } from '@/ui/scroll-region';",
    "import { toCsv } from '../../lib/csv';",
    "import { kindLabels } from './labels';",
    'export const uses = [manifestQuery, formatPeriod, ScrollRegion, toCsv, kindLabels];',
    'export type Row = IndicatorRow;',
    '',
  ].join('\n'),
  rule: '',
};
const permittedElsewhere: Probe[] = [
  {
    zone: 'mocks may run the engine',
    file: `mocks/${tag}-ok.ts`,
    source: "export { createApiEngine } from '@server/engine/engine';\n",
    rule: '',
  },
  {
    zone: "shared ui may take the contract's types",
    file: `src/ui/${tag}-ok.ts`,
    source:
      "import type { IndicatorRow } from '@/data/api/contract';\nexport type Row = IndicatorRow;\n",
    rule: '',
  },
  {
    zone: 'scripts may import features',
    file: `scripts/${tag}-ok.ts`,
    source: "export { buildComparisonView } from '../src/features/compare/comparison-model';\n",
    rule: '',
  },
];

const planted = [...forbidden, permitted, ...permittedElsewhere];
let results: Map<string, ESLint.LintResult>;

beforeAll(async () => {
  for (const [file, source] of [
    ...Object.entries(targets),
    ...planted.map((probe) => [probe.file, probe.source] as const),
  ]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), source);
  }
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
  });
  const linted = await eslint.lintFiles(planted.map((probe) => probe.file));
  results = new Map(linted.map((result) => [result.filePath, result]));
}, 240_000);

afterAll(() => {
  for (const file of [...Object.keys(targets), ...planted.map((probe) => probe.file)]) {
    rmSync(join(root, file), { force: true });
  }
});

function boundaryProblems(probe: Probe): string[] {
  const result = results.get(join(root, probe.file));
  if (!result) throw new Error(`${probe.file} was not linted`);
  return result.messages
    .filter((message) => message.ruleId !== null && BOUNDARY_RULES.has(message.ruleId))
    .map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

test.each(forbidden.map((probe) => [probe.zone, probe] as const))(
  'lint refuses: %s',
  (_zone, probe) => {
    const problems = boundaryProblems(probe);
    expect(problems.some((problem) => problem.startsWith(`${probe.rule}:`))).toBe(true);
  },
);

test.each([permitted, ...permittedElsewhere].map((probe) => [probe.zone, probe] as const))(
  'lint allows: %s',
  (_zone, probe) => {
    expect(boundaryProblems(probe)).toEqual([]);
  },
);
