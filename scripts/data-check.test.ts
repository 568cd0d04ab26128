// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem } from '../src/data/contract/assemble-dataset';
import { checkDatasetFolder, describeCheck } from './lib/check-dataset';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function datasetFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ragstone-data-check-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(
      join(dir, name),
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    );
  }
  return dir;
}

const manifest = (files: string[]) => ({
  authority: { id: 'testshire', name: 'Testshire County Council' },
  title: 'Testshire indicators',
  published: '2012-07-06',
  version: '1.0.0',
  files,
});

const indicator = {
  id: 'ni-125',
  title: 'Achieving independence for older people through rehabilitation',
  codes: [{ framework: 'NI', code: '125' }],
  kind: 'performance',
  polarity: 'higher-is-better',
  unit: { type: 'percent' },
  frequency: 'annual',
  rule: { type: 'target-floor' },
};

const figure = (overrides: Record<string, unknown>) => ({
  indicatorId: 'ni-125',
  area: 'testshire',
  period: '2007/08',
  measure: 'actual',
  value: 71,
  ...overrides,
});

const brokenFolder = () =>
  datasetFolder({
    'manifest.json': manifest(['broken.json', 'indicators.json', 'figures/2008.json']),
    'broken.json': '{ "indicators": [ ',
    'indicators.json': { indicators: [indicator] },
    'figures/2008.json': {
      observations: [
        figure({}),
        figure({ period: '2007-13' }),
        figure({ indicatorId: 'ni-999' }),
        figure({ value: 72 }),
      ],
    },
    'stray.json': {},
  });

test('names the file, the JSON path and the problem for each broken record', () => {
  const dir = brokenFolder();
  const lines = describeCheck(dir, checkDatasetFolder(dir));

  expect(lines).toContainEqual(expect.stringMatching(/^ {2}broken\.json: not valid JSON: /));
  expect(lines).toContain(
    '  figures/2008.json: observations[1].period: must be a period such as 2007/08, 2012/13 Q1, 2012-05, 2010 or AY 2011/12',
  );
  expect(lines).toContain(
    '  figures/2008.json: observations[2].indicatorId: refers to unknown indicator "ni-999"',
  );
  expect(lines).toContain('Errors (3):');
});

test('warns, without failing, about figures given twice and files nobody listed', () => {
  const dir = brokenFolder();
  const result = checkDatasetFolder(dir);
  const lines = describeCheck(dir, result);

  expect(lines).toContainEqual(
    expect.stringMatching(
      /^ {2}figures\/2008\.json: observations\[3\]\.value: ni-125 actual for testshire 2007\/08 \(period\) is given twice with different values: 72 here, 71 in figures\/2008\.json observations\[0\]$/,
    ),
  );
  expect(lines).toContain('  stray.json: not listed in manifest.json "files", so it is not loaded');
  expect(result).toMatchObject({ errors: 3, warnings: 2 });
});

test('leaves broken records out and keeps the rest', () => {
  const { dataset } = checkDatasetFolder(brokenFolder());

  expect(dataset?.indicators.map((item) => item.id)).toEqual(['ni-125']);
  expect(dataset?.observations.map((item) => item.value)).toEqual([71, 72]);
});

test('says so when the folder has no manifest', () => {
  const dir = datasetFolder({ 'indicators.json': { indicators: [indicator] } });
  const lines = describeCheck(dir, checkDatasetFolder(dir));

  expect(lines[0]).toBe('Errors (1):');
  expect(lines[1]).toMatch(/^ {2}manifest\.json: no manifest\.json in /);
});

test('the documented example dataset is clean', () => {
  const result = checkDatasetFolder(resolve('docs/example-dataset'));

  expect(result.problems).toEqual([]);
});

test('npm run data:check exits 1 on errors and 0 on a clean folder', () => {
  const run = (dir: string) =>
    spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/data-check.ts', dir], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  const broken = run(brokenFolder());
  expect(broken.status).toBe(1);
  expect(broken.stdout).toContain('3 errors, 2 warnings.');

  const clean = run('docs/example-dataset');
  expect(clean.status).toBe(0);
  expect(clean.stdout).toContain('0 errors, 0 warnings.');
});

describe('the manifest file list stays inside the dataset folder', () => {
  test('"../" and absolute paths are refused by name, nothing outside is read, and the rest loads', () => {
    const outside = datasetFolder({
      'secret.json': { indicators: [{ ...indicator, id: 'leak' }] },
    });
    const dir = datasetFolder({
      'manifest.json': manifest([
        'indicators.json',
        `../${basename(outside)}/secret.json`,
        join(outside, 'secret.json'),
        'figures/../../x.json',
      ]),
      'indicators.json': { indicators: [indicator] },
    });
    const result = checkDatasetFolder(dir);

    expect(result.dataset?.indicators.map((item) => item.id)).toEqual(['ni-125']);
    expect(result.problems.map(formatProblem)).toEqual([
      `manifest.json: files[1]: "../${basename(outside)}/secret.json" must be a path inside the dataset folder (no "../" and not absolute), so it is not loaded`,
      `manifest.json: files[2]: "${join(outside, 'secret.json')}" must be a path inside the dataset folder (no "../" and not absolute), so it is not loaded`,
      'manifest.json: files[3]: "figures/../../x.json" must be a path inside the dataset folder (no "../" and not absolute), so it is not loaded',
    ]);
    expect(result.errors).toBe(3);
  });

  test('a listed file that links outside the folder is refused', () => {
    const outside = datasetFolder({
      'secret.json': { indicators: [{ ...indicator, id: 'leak' }] },
    });
    const dir = datasetFolder({
      'manifest.json': manifest(['indicators.json', 'linked.json']),
      'indicators.json': { indicators: [indicator] },
    });
    symlinkSync(join(outside, 'secret.json'), join(dir, 'linked.json'));
    const result = checkDatasetFolder(dir);

    expect(result.dataset?.indicators.map((item) => item.id)).toEqual(['ni-125']);
    expect(result.problems.map(formatProblem)).toContain(
      'linked.json: resolves to a file outside the dataset folder, so it is not loaded',
    );
  });

  test('a listed file that is a folder is a message, not a stack trace', () => {
    const dir = datasetFolder({
      'manifest.json': manifest(['indicators.json', 'figures.json']),
      'indicators.json': { indicators: [indicator] },
      'figures.json/readme.txt': 'not a bundle',
    });
    const result = checkDatasetFolder(dir);

    expect(result.dataset?.indicators.map((item) => item.id)).toEqual(['ni-125']);
    expect(result.problems.map(formatProblem)).toContain(
      'figures.json: is a folder, not a file, so it cannot be read',
    );
    expect(result.errors).toBe(1);
  });
});

test('a misspelt section fails the check, naming the section and the one meant', () => {
  const dir = datasetFolder({
    'manifest.json': manifest(['indicators.json']),
    'indicators.json': { indicators: [indicator], figures: [figure({})] },
  });
  const result = checkDatasetFolder(dir);

  expect(result.errors).toBe(1);
  expect(describeCheck(dir, result)).toContain(
    '  indicators.json: figures: unknown section "figures" (did you mean "observations"?); its 1 record is not loaded',
  );
});
