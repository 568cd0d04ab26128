import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { assembleDataset } from '../src/data/contract/assemble-dataset';
import { seededRandom } from './lib/seeded-random';
import { buildSyntheticDataset, monthIds, writeSyntheticDataset } from './synth';

const small = { authorities: 12, indicators: 3, months: 14, seed: 7, start: '2008-04' };

test('the generator repeats exactly for a seed and differs for another', () => {
  const a = seededRandom(1);
  const b = seededRandom(1);
  const c = seededRandom(2);
  const first = [a(), a(), a()];
  expect([b(), b(), b()]).toEqual(first);
  expect([c(), c(), c()]).not.toEqual(first);
  expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
});

test('months run across year ends', () => {
  expect(monthIds('2008-11', 4)).toEqual(['2008-11', '2008-12', '2009-01', '2009-02']);
});

test('the dataset is identical on every run', () => {
  const once = buildSyntheticDataset(small);
  const twice = buildSyntheticDataset(small);
  expect(JSON.stringify([once.manifest, [...twice.files]])).toBe(
    JSON.stringify([twice.manifest, [...once.files]]),
  );
});

test('the written dataset is valid, labelled synthetic and holds every authority × indicator × month', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ragstone-synth-'));
  try {
    writeSyntheticDataset(buildSyntheticDataset(small), dir);
    const read = (name: string) => ({
      name,
      content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown,
    });
    const manifestFile = read('manifest.json');
    const names = readdirSync(join(dir, 'observations')).map((file) => `observations/${file}`);
    const { dataset, problems } = assembleDataset(manifestFile, [
      read('areas.json'),
      read('indicators.json'),
      ...names.map(read),
    ]);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(dataset?.manifest.synthetic).toBe(true);
    expect(dataset?.manifest.title).toMatch(/synthetic/i);
    expect(dataset?.indicators.map((indicator) => indicator.id)).toEqual(['ni-1', 'ni-2', 'ni-3']);
    expect(
      dataset?.indicators.every((indicator) => indicator.title.startsWith('Synthetic NI')),
    ).toBe(true);
    expect(dataset?.areas.some((area) => /kent/i.test(area.id) || /kent/i.test(area.name))).toBe(
      false,
    );
    expect(dataset?.areas.every((area) => /synthetic/i.test(area.name))).toBe(true);
    const actuals = dataset?.observations.filter(
      (o) => o.measure === 'actual' && o.area.startsWith('syn-') && /^syn-\d+$/.test(o.area),
    );
    expect(actuals).toHaveLength(12 * 3 * 14);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
