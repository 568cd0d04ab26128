// @vitest-environment node
/**
 * Fuzzes the dataset loader with mutated dataset folders: misspelt keys and sections, wrong types,
 * impossible periods, dangling references, unparsable files and manifest paths that climb out of
 * the folder. For every case: the loader does not throw, each damaged record or file is named
 * (file and JSON path), nothing outside the folder is read, and every undamaged figure still loads.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isRecord } from '@/lib/is-record';
import { FUZZ_RUNS, fuzzTimeout } from '@test/fuzz-config';
import { assembleDataset, type DataProblem, type RawFile } from './assemble-dataset';

const FIGURE_FILES = ['figures/a.json', 'figures/b.json', 'c.json'] as const;
type FigureFile = (typeof FIGURE_FILES)[number];
const PERIODS = ['2007/08', '2012/13 Q1', '2012-05', '2010', 'AY 2011/12', '2008/09', '2012-06'];

const indicator = (id: string) => ({
  id,
  title: `Indicator ${id}`,
  codes: [],
  kind: 'performance',
  polarity: 'higher-is-better',
  unit: { type: 'count' },
  frequency: 'irregular',
  rule: { type: 'target-floor' },
});

/** Each figure is marked by its `printed` text, so the test can find it after loading. */
const marker = (file: string, index: number) => `${file}#${index}`;

function figure(file: string, index: number, value: number): Record<string, unknown> {
  return {
    indicatorId: index % 2 === 0 ? 'ni-1' : 'ni-2',
    area: index % 3 === 0 ? 'essex' : 'testshire',
    period: PERIODS[index % PERIODS.length],
    basis: 'period',
    measure: 'actual',
    value,
    printed: marker(file, index),
  };
}

/** Damages a record in place; the loader must then name the record (file and JSON path). */
type RecordDamage = (record: Record<string, unknown>) => void;

const recordDamages: fc.Arbitrary<RecordDamage>[] = [
  fc.constantFrom('vaule', 'Value', 'colour', 'printd', 'period ').map((key) => (record) => {
    if (key === 'vaule' || key === 'Value') {
      record[key] = record.value;
      delete record.value;
    } else record[key] = 'x';
  }),
  fc
    .constantFrom(
      ['value', '71'],
      ['value', true],
      ['period', 2012],
      ['measure', 5],
      ['area', null],
      ['basis', 'weekly'],
      ['provenance', 'paper'],
    )
    .map(([field, wrong]) => (record) => {
      record[field] = wrong;
    }),
  fc
    .constantFrom('2012/99', 'AY 2011/13', '1800', '9999', '2012-13', 'Jun 2102', '', '2012/13 Q5')
    .map((period) => (record) => {
      record.period = period;
    }),
  fc.constantFrom('indicatorId', 'measure', 'period').map((field) => (record) => {
    // Reflect.deleteProperty: the field to drop is the generated one.
    Reflect.deleteProperty(record, field);
  }),
  fc
    .constantFrom(['indicatorId', 'ni-999'] as const, ['area', 'atlantis'] as const)
    .map(([field, id]) => (record) => {
      record[field] = id;
    }),
];

type Mutation =
  | { kind: 'record'; file: FigureFile; index: number; damage: RecordDamage }
  | { kind: 'replace-record'; file: FigureFile; index: number; value: unknown }
  | { kind: 'section'; file: FigureFile; name: string }
  | { kind: 'path'; file: FigureFile; path: string }
  | { kind: 'unparsable'; file: FigureFile };

const file = fc.constantFrom(...FIGURE_FILES);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      file,
      index: fc.nat(11),
      damage: fc.oneof(...recordDamages),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('replace-record' as const),
      file,
      index: fc.nat(11),
      value: fc.oneof(fc.jsonValue(), fc.constant(null), fc.constant([])),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('section' as const),
      file,
      name: fc.constantFrom('figures', 'observation', 'Observations', 'data', 'obs'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('path' as const),
      file,
      path: fc.constantFrom(
        '../outside.json',
        '/etc/outside.json',
        'figures/../../outside.json',
        'C:/outside.json',
        '..\\outside.json',
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unparsable' as const), file }) },
);

const datasetCase = fc.record({
  sizes: fc.tuple(
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 12 }),
  ),
  values: fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), {
    minLength: 36,
    maxLength: 36,
  }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
});

interface Expectation {
  file: string;
  /** The problem's path must start with this ('' matches the whole file). */
  path: string;
  why: string;
}

type DatasetCase = typeof datasetCase extends fc.Arbitrary<infer T> ? T : never;

function buildCase({ sizes, values, mutations }: DatasetCase) {
  const bundles = new Map<FigureFile, Record<string, unknown>[]>(
    FIGURE_FILES.map((name, f) => [
      name,
      Array.from({ length: sizes[f] ?? 1 }, (_, i) => figure(name, i, values[f * 12 + i] ?? 0)),
    ]),
  );
  const section = new Map<FigureFile, string>();
  const listedAs = new Map<FigureFile, string>();
  const unparsable = new Set<FigureFile>();
  const damaged = new Map<string, Expectation>();

  for (const change of mutations) {
    const records = bundles.get(change.file) ?? [];
    if (change.kind === 'record' || change.kind === 'replace-record') {
      const record = records[change.index];
      if (!isRecord(record) || typeof record.printed !== 'string') continue;
      const path = `observations[${change.index}]`;
      if (change.kind === 'record') {
        change.damage(record);
        if (!damaged.has(record.printed)) {
          damaged.set(record.printed, { file: change.file, path, why: 'damaged record' });
        }
      } else {
        damaged.set(record.printed, { file: change.file, path, why: 'replaced record' });
        records[change.index] = change.value as Record<string, unknown>;
      }
    } else if (change.kind === 'section') section.set(change.file, change.name);
    else if (change.kind === 'path') listedAs.set(change.file, change.path);
    else unparsable.add(change.file);
  }

  const files: RawFile[] = [
    {
      name: 'indicators.json',
      content: {
        areas: [{ id: 'essex', name: 'Essex', type: 'county' }],
        indicators: [indicator('ni-1'), indicator('ni-2')],
      },
    },
    // What a climbing path would reach: it must never be loaded.
    { name: '../outside.json', content: { observations: [figure('outside', 0, 1)] } },
  ];
  for (const name of FIGURE_FILES) {
    const listed = listedAs.get(name) ?? name;
    files.push(
      unparsable.has(name)
        ? {
            name: listed,
            content: '{ "observations": [',
            parseError: 'Unexpected end of JSON input',
          }
        : { name: listed, content: { [section.get(name) ?? 'observations']: bundles.get(name) } },
    );
  }
  const manifest: RawFile = {
    name: 'manifest.json',
    content: {
      authority: { id: 'testshire', name: 'Testshire County Council' },
      title: 'Fuzzed',
      published: '2012-07-06',
      version: '1',
      files: ['indicators.json', ...FIGURE_FILES.map((name) => listedAs.get(name) ?? name)],
    },
  };

  /** Where the whole file is lost, the file-level problem is what must be reported. */
  const fileExpectation = (name: FigureFile): Expectation | undefined => {
    const listed = listedAs.get(name);
    if (listed !== undefined) {
      const index = 1 + FIGURE_FILES.indexOf(name);
      return { file: 'manifest.json', path: `files[${index}]`, why: `path ${listed}` };
    }
    if (unparsable.has(name)) return { file: name, path: '', why: 'unparsable' };
    const renamed = section.get(name);
    if (renamed !== undefined) return { file: name, path: renamed, why: `section ${renamed}` };
  };
  const expectations: Expectation[] = [];
  const survivors: string[] = [];
  for (const name of FIGURE_FILES) {
    const whole = fileExpectation(name);
    if (whole) {
      expectations.push(whole);
      continue;
    }
    for (const record of bundles.get(name) ?? []) {
      const printed = isRecord(record) ? record.printed : undefined;
      if (typeof printed !== 'string') continue;
      const damage = damaged.get(printed);
      if (damage) expectations.push(damage);
      else survivors.push(printed);
    }
  }
  for (const [printed, damage] of damaged) {
    if (!fileExpectation(damage.file as FigureFile) && !expectations.includes(damage)) {
      // A replaced record no longer carries its marker: expect its problem all the same.
      expectations.push({ ...damage, why: `${damage.why} ${printed}` });
    }
  }
  return { manifest, files, expectations, survivors };
}

const names = (problem: DataProblem, expected: Expectation) =>
  problem.file === expected.file &&
  (expected.path === ''
    ? problem.path === ''
    : problem.path === expected.path ||
      problem.path.startsWith(`${expected.path}.`) ||
      problem.path.startsWith(`${expected.path}[`));

test(
  'a mutated dataset folder never crashes the loader, names every damaged record and loses no good one',
  () => {
    fc.assert(
      fc.property(datasetCase, (generated) => {
        const { manifest, files, expectations, survivors } = buildCase(generated);
        const { dataset, problems } = assembleDataset(manifest, files);

        expect(dataset).not.toBeNull();
        for (const problem of problems) {
          expect(problem.file).not.toBe('');
          expect(problem.message).not.toBe('');
        }
        for (const expected of expectations) {
          const named = problems.some(
            (problem) => problem.severity === 'error' && names(problem, expected),
          );
          if (!named) {
            throw new Error(
              `${expected.why} was not reported at ${expected.file} ${expected.path}; problems: ${JSON.stringify(problems)}`,
            );
          }
        }
        const loaded = new Set(dataset?.observations.map((o) => o.printed));
        expect(survivors.filter((printed) => !loaded.has(printed))).toEqual([]);
        expect(loaded.has(marker('outside', 0))).toBe(false);
      }),
      { numRuns: FUZZ_RUNS, seed: 20_120_706 },
    );
  },
  fuzzTimeout(5),
);
