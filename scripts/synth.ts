/**
 * Writes a deterministic synthetic national dataset for development and benchmarks:
 *   npm run data:synth [-- --out data/synthetic] [--authorities 152] [--indicators 198] [--months 60]
 * 152 upper-tier authorities × National Indicators 1–198 × 60 months, from a fixed-seed generator, so
 * every run writes byte-identical files. Every name says 'Synthetic' and the manifest sets
 * `synthetic: true`: these figures are invented and are never mixed into the Kent dataset.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Area,
  Bundle,
  ComparatorGroup,
  Indicator,
  Manifest,
  Observation,
} from '../src/data/contract/dataset-schema';
import { argument, isMainModule } from './lib/cli';
import { seededRandom } from './lib/seeded-random';

export interface SynthOptions {
  authorities: number;
  indicators: number;
  months: number;
  seed: number;
  /** First month, canonical `YYYY-MM`; the default starts a financial year. */
  start: string;
}

const defaultSynthOptions: SynthOptions = {
  authorities: 152,
  indicators: 198,
  months: 60,
  seed: 20080401,
  start: '2008-04',
};

export interface SynthDataset {
  manifest: Manifest;
  /** Bundle files by their path inside the dataset folder. */
  files: Map<string, Omit<Bundle, '$schema'>>;
}

const REGIONS = [
  ['north-east', 'North East'],
  ['north-west', 'North West'],
  ['yorkshire-and-the-humber', 'Yorkshire and the Humber'],
  ['east-midlands', 'East Midlands'],
  ['west-midlands', 'West Midlands'],
  ['east-of-england', 'East of England'],
  ['london', 'London'],
  ['south-east', 'South East'],
  ['south-west', 'South West'],
] as const;

const AREA_TYPES = ['county', 'unitary', 'metropolitan', 'london-borough'] as const;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function monthIds(start: string, count: number): string[] {
  const [yearText, monthText] = start.split('-');
  const year = Number(yearText);
  const month = Number(monthText);
  return Array.from({ length: count }, (_, index) => {
    const total = year * 12 + (month - 1) + index;
    return `${Math.floor(total / 12)}-${pad((total % 12) + 1, 2)}`;
  });
}

function financialYearOfMonth(id: string): string {
  const [yearText, monthText] = id.split('-');
  const year = Number(yearText);
  const startYear = Number(monthText) >= 4 ? year : year - 1;
  return `${startYear}/${pad((startYear + 1) % 100, 2)}`;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

interface IndicatorShape {
  indicator: Indicator;
  mean: number;
  spread: number;
  min: number;
  max: number;
  decimals: number;
}

function makeIndicator(n: number, random: () => number): IndicatorShape {
  const roll = random();
  const polarity = random() < 0.7 ? 'higher-is-better' : 'lower-is-better';
  const base = {
    id: `ni-${n}`,
    title: `Synthetic NI ${n}`,
    codes: [{ framework: 'NI' as const, code: String(n) }],
    kind: 'performance' as const,
    polarity,
    polarityReason: 'Synthetic: chosen at random by the generator.',
    frequency: 'monthly' as const,
    rule: { type: 'target-floor' as const },
    description: `Synthetic National Indicator ${n}, invented for development and benchmarks; not a real measure.`,
    owners: [],
    provenance: [],
  } satisfies Omit<Indicator, 'unit'>;
  if (roll < 0.6) {
    const mean = 30 + random() * 55;
    return {
      indicator: { ...base, unit: { type: 'percent', decimals: 1 } },
      mean,
      spread: 8,
      min: 0,
      max: 100,
      decimals: 1,
    };
  }
  if (roll < 0.85) {
    const mean = 5 + random() * 60;
    return {
      indicator: { ...base, unit: { type: 'rate', per: 1000, label: 'population', decimals: 1 } },
      mean,
      spread: mean * 0.2,
      min: 0,
      max: Number.POSITIVE_INFINITY,
      decimals: 1,
    };
  }
  const mean = 200 + random() * 5000;
  return {
    indicator: { ...base, unit: { type: 'count' } },
    mean,
    spread: mean * 0.25,
    min: 0,
    max: Number.POSITIVE_INFINITY,
    decimals: 0,
  };
}

/** Builds the whole dataset in memory; pure and deterministic for given options. */
export function buildSyntheticDataset(options: SynthOptions = defaultSynthOptions): SynthDataset {
  const random = seededRandom(options.seed);
  const months = monthIds(options.start, options.months);
  const width = String(options.authorities).length;

  const authorities: Area[] = Array.from({ length: options.authorities }, (_, index) => {
    const region = REGIONS[index % REGIONS.length] ?? REGIONS[0];
    return {
      id: `syn-${pad(index + 1, Math.max(3, width))}`,
      name: `Synthetic authority ${pad(index + 1, Math.max(3, width))}`,
      type: AREA_TYPES[index % AREA_TYPES.length] ?? 'county',
      region: region[0],
    };
  });
  const regionAreas: Area[] = REGIONS.map(([id, name]) => ({
    id: `syn-${id}`,
    name: `${name} (synthetic average)`,
    type: 'region',
  }));
  const england: Area = { id: 'syn-england', name: 'England (synthetic average)', type: 'country' };
  const lead = authorities[0];
  if (!lead) throw new Error('data:synth needs at least one authority');

  const groups: ComparatorGroup[] = [
    {
      id: 'syn-national',
      name: 'All synthetic authorities',
      kind: 'national',
      leadArea: lead.id,
      members: authorities.map((area) => area.id),
      provenance: [],
    },
    ...REGIONS.map(([id, name]): ComparatorGroup => ({
      id: `syn-region-${id}`,
      name: `${name} (synthetic)`,
      kind: 'region',
      members: authorities.filter((area) => area.region === id).map((area) => area.id),
      provenance: [],
    })).filter((group) => group.members.length > 0),
    {
      id: 'syn-statistical-neighbours',
      name: `Synthetic statistical neighbours of ${lead.name}`,
      kind: 'statistical-neighbours',
      leadArea: lead.id,
      members: authorities.slice(0, Math.min(11, authorities.length)).map((area) => area.id),
      provenance: [],
    },
  ];

  const areaEffect = authorities.map(() => random() * 2 - 1);
  const files = new Map<string, Omit<Bundle, '$schema'>>();
  const indicators: Indicator[] = [];

  for (let n = 1; n <= options.indicators; n += 1) {
    const shape = makeIndicator(n, random);
    indicators.push(shape.indicator);
    const drift = (random() - 0.5) * shape.spread * 0.02;
    const observations: Observation[] = [];
    const byRegionMonth = new Map<string, { sum: number; count: number }>();

    authorities.forEach((area, areaIndex) => {
      const level = shape.mean + (areaEffect[areaIndex] ?? 0) * shape.spread;
      months.forEach((month, monthIndex) => {
        const noise = (random() - 0.5) * shape.spread * 0.3;
        const raw = level + drift * monthIndex + noise;
        const value = round(Math.min(shape.max, Math.max(shape.min, raw)), shape.decimals);
        observations.push({
          indicatorId: shape.indicator.id,
          area: area.id,
          period: month,
          basis: 'period',
          measure: 'actual',
          value,
        });
        for (const key of [`syn-${area.region ?? ''}|${month}`, `syn-england|${month}`]) {
          const total = byRegionMonth.get(key) ?? { sum: 0, count: 0 };
          total.sum += value;
          total.count += 1;
          byRegionMonth.set(key, total);
        }
      });
    });

    for (const [key, total] of byRegionMonth) {
      const [area = '', period = ''] = key.split('|');
      observations.push({
        indicatorId: shape.indicator.id,
        area,
        period,
        basis: 'period',
        measure: 'actual',
        value: round(total.sum / total.count, shape.decimals),
      });
    }

    // Targets and floors for the lead authority only, so the indicator-list engine has statuses to rate.
    const years = [...new Set(months.map(financialYearOfMonth))];
    const better = shape.indicator.polarity === 'higher-is-better' ? 1 : -1;
    for (const year of years) {
      const target = round(shape.mean + better * shape.spread * 0.3, shape.decimals);
      const floor = round(shape.mean - better * shape.spread * 0.3, shape.decimals);
      for (const [measure, value] of [
        ['target', target],
        ['floor', floor],
      ] as const) {
        observations.push({
          indicatorId: shape.indicator.id,
          area: lead.id,
          period: year,
          basis: 'period',
          measure,
          value,
        });
      }
    }

    files.set(`observations/ni-${n}.json`, {
      description: `Synthetic figures for Synthetic NI ${n} (invented, not real data).`,
      areas: [],
      groups: [],
      structures: [],
      indicators: [],
      observations,
      commentary: [],
      notes: [],
      comparisonTables: [],
    });
  }

  files.set('areas.json', {
    description:
      'Synthetic authorities, regional and national averages, and comparator groups (invented).',
    areas: [...authorities, ...regionAreas, england],
    groups,
    structures: [
      {
        id: 'synthetic',
        name: 'Synthetic authority structure',
        asAt: `${months[0] ?? options.start}-01`,
        nodes: [{ id: 'synthetic-authority', name: lead.name, kind: 'authority', parentId: null }],
      },
    ],
    indicators: [],
    observations: [],
    commentary: [],
    notes: [],
    comparisonTables: [],
  });
  files.set('indicators.json', {
    description: 'Synthetic National Indicators 1–198 (titles and units invented).',
    areas: [],
    groups: [],
    structures: [],
    indicators,
    observations: [],
    commentary: [],
    notes: [],
    comparisonTables: [],
  });

  const manifest: Manifest = {
    authority: { id: lead.id, name: lead.name },
    title: `Synthetic national dataset (synthetic): ${options.authorities} authorities × ${options.indicators} indicators × ${options.months} months`,
    published: '2013-04-01',
    version: `synthetic-${options.seed}`,
    synthetic: true,
    sources: [
      { document: 'synthetic', title: `Generated by scripts/synth.ts with seed ${options.seed}` },
    ],
    files: [...files.keys()].sort(),
  };
  return { manifest, files };
}

export function writeSyntheticDataset(dataset: SynthDataset, outDir: string): number {
  rmSync(outDir, { recursive: true, force: true });
  let bytes = 0;
  const write = (name: string, value: unknown) => {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    const text = `${JSON.stringify(value)}\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(path, text);
  };
  write('manifest.json', dataset.manifest);
  for (const [name, bundle] of dataset.files) write(name, bundle);
  return bytes;
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(root, argument('out') ?? 'data/synthetic');
  const options: SynthOptions = {
    ...defaultSynthOptions,
    authorities: Number(argument('authorities') ?? defaultSynthOptions.authorities),
    indicators: Number(argument('indicators') ?? defaultSynthOptions.indicators),
    months: Number(argument('months') ?? defaultSynthOptions.months),
  };
  const started = performance.now();
  const dataset = buildSyntheticDataset(options);
  const bytes = writeSyntheticDataset(dataset, outDir);
  const observations = [...dataset.files.values()].reduce(
    (sum, bundle) => sum + bundle.observations.length,
    0,
  );
  console.log(
    `data:synth: wrote a SYNTHETIC dataset to ${outDir}: ${options.authorities} authorities × ${options.indicators} indicators × ${options.months} months, ` +
      `${observations.toLocaleString('en-GB')} figures, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${options.seed}).`,
  );
}

if (isMainModule(import.meta.url)) {
  main();
}
