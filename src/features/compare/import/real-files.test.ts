/**
 * The acceptance cases of ../shared/real-files/README.md, on the real files councils download.
 * The files are read in the tests (never copied into the repository); without ../shared the tests
 * are skipped with a message saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Area } from '@/data/contract/dataset-schema';
import { createAreaMatcher } from './match-area';
import { analyseFile, defaultChoices, readFileFigures, type FileAnalysis } from './read-file';

const DIR = resolve(import.meta.dirname, '../../../../../shared/real-files');
const haveFiles = existsSync(DIR);
if (!haveFiles)
  console.warn(
    `Real-file import tests skipped: ${DIR} is absent (see ../shared/real-files/README.md).`,
  );

const kentDatasetAreas: Area[] = [
  { id: 'shepway', name: 'Shepway', type: 'district', region: 'south-east' },
  { id: 'tonbridge-and-malling', name: 'Tonbridge & Malling', type: 'district' },
  { id: 'england', name: 'England', type: 'country' },
  { id: 'south-east', name: 'South East', type: 'region' },
];
const match = createAreaMatcher(kentDatasetAreas);
const read = (name: string) => readFileSync(resolve(DIR, name), 'utf8');

describe.skipIf(!haveFiles)('01 LG Inform Plus export (skipped without ../shared)', () => {
  let analysis: FileAnalysis;
  beforeAll(() => {
    analysis = analyseFile(read('01_lginform_nndr_collected_quarterly_london.csv'));
  });

  test('the six metadata rows are recognised as metadata, not areas or errors', () => {
    expect(analysis.layout.kind).toBe('lg-inform');
    expect(analysis.layout.metadata.map((m) => [m.label, m.value])).toEqual([
      ['Metric', 'Non-domestic rates collected financial - quarterly'],
      ['Metric id', '3404'],
      ['Unit', 'GBP (000)'],
      ['Value type', 'raw'],
      ['Period label', '2010/11 Q1'],
      ['Period id', 'fq_Q1_2010_11'],
    ]);
    expect(analysis.problems).toEqual([]);
  });

  test('all 32 boroughs matched by code, every quarter read, "16,935" read as 16935 thousand pounds', () => {
    const reading = readFileFigures(analysis, defaultChoices(analysis), match);
    expect(reading.problems).toEqual([]);
    expect(reading.unit?.text).toBe('GBP (000)');
    const areas = new Set(reading.figures.map((f) => f.code));
    expect(areas.size).toBe(32);
    expect(reading.figures.every((f) => f.areaType === 'london-borough' && !f.isReference)).toBe(
      true,
    );
    expect(reading.figures).toHaveLength(32 * 49);
    expect(new Set(reading.figures.map((f) => f.period)).size).toBe(49);
    expect(reading.figures[0]).toMatchObject({
      name: 'Barking and Dagenham',
      code: 'E09000002',
      period: '2010/11 Q1',
      value: 16935,
      row: 7,
    });
    expect(reading.figures.at(-1)).toMatchObject({ code: 'E09000033', period: '2022/23 Q1' });
  });
});

describe.skipIf(!haveFiles)(
  '04 Fingertips download re-saved by R (skipped without ../shared)',
  () => {
    let analysis: FileAnalysis;
    beforeAll(() => {
      analysis = analyseFile(read('04_fingertips_Rexport_pm25_mortality_fraction_all_LAs.csv'));
    });

    test('the dotted headings, row-number column and the deprivation breakdown are recognised', () => {
      expect(analysis.layout.kind).toBe('fingertips');
      expect(analysis.layout.headers[analysis.layout.period ?? -1]).toBe('Time.period');
      expect(analysis.layout.headers[analysis.layout.valueColumns[0] ?? -1]).toBe('Value');
      expect(analysis.breakdowns.map((b) => b.header)).toEqual(['Category']);
      expect(analysis.problems).toEqual([]);
    });

    test('Kent and its twelve districts matched by code; England and regions are references; deciles left out', () => {
      const choices = defaultChoices(analysis);
      expect(choices.breakdowns).toEqual({ [analysis.breakdowns[0]?.column ?? -1]: '' });
      const reading = readFileFigures(analysis, choices, match);
      const in2019 = reading.figures.filter((f) => f.period === '2019');
      const kent = in2019.find((f) => f.code === 'E10000016');
      expect(kent).toMatchObject({ areaId: 'kent', areaType: 'county', isReference: false });
      const kentDistricts = in2019.filter((f) => /^E070001(0[5-9]|1[0-6])$/.test(f.code ?? ''));
      expect(kentDistricts).toHaveLength(12);
      expect(kentDistricts.find((f) => f.code === 'E07000112')).toMatchObject({
        areaId: 'shepway',
        name: 'Folkestone & Hythe',
      });
      const references = in2019.filter((f) => f.isReference);
      expect(references.map((f) => f.areaId).sort()).toEqual([
        'east-midlands',
        'east-of-england',
        'england',
        'london',
        'north-east',
        'north-west',
        'south-east',
        'south-west',
        'west-midlands',
        'yorkshire-and-the-humber',
      ]);
      // One England figure a year: the decile rows are filtered out, never mixed in as areas.
      expect(in2019.filter((f) => f.areaId === 'england')).toHaveLength(1);
      expect(reading.duplicates).toEqual([]);
      // 204 districts, 130 unitaries and 27 counties had a figure in 2019.
      // 361 authority rows for 2019, 20 of them NA (skipped, not errors).
      expect(in2019.filter((f) => !f.isReference)).toHaveLength(341);
      expect(reading.otherAggregates).toBeGreaterThan(0);
    });
  },
);

describe.skipIf(!haveFiles)(
  '07 DfE Explore Education Statistics (skipped without ../shared)',
  () => {
    let analysis: FileAnalysis;
    beforeAll(() => {
      analysis = analyseFile(read('07_dfe_ees_early_years_provision_2018_2023.csv'));
    });

    test('the age breakdown and the value columns are offered', () => {
      expect(analysis.layout.kind).toBe('dfe-ees');
      expect(analysis.breakdowns.map((b) => [b.header, b.values.length])).toEqual([['age', 5]]);
      expect(analysis.layout.valueColumns.map((c) => analysis.layout.headers[c])).toEqual([
        'number_children',
        'number_eligible_children',
        'percentage_eligible_children',
      ]);
    });

    test('Kent matched by code, national and regional rows as references, the percentage read as one', () => {
      const percentage = analysis.layout.headers.indexOf('percentage_eligible_children');
      const reading = readFileFigures(
        analysis,
        { ...defaultChoices(analysis), valueColumn: percentage },
        match,
      );
      expect(reading.unit?.unit.type).toBe('percent');
      expect(reading.problems).toEqual([]);
      const kent = reading.figures.filter((f) => f.areaId === 'kent');
      expect(kent.map((f) => [f.period, f.value])).toContainEqual(['2023', 93.5]);
      expect(kent).toHaveLength(6);
      const references = new Set(reading.figures.filter((f) => f.isReference).map((f) => f.areaId));
      expect(references).toContain('england');
      expect(references).toContain('south-east');
      // England, the nine regions, and Inner and Outer London.
      expect(references.size).toBe(12);
      expect(reading.duplicates).toEqual([]);
      // 'u' (suppressed) cells are skipped, not errors.
      expect(reading.skipped).toBeGreaterThan(0);
    });

    test('with only the old LA code, Kent is still matched (886)', () => {
      expect(match({ code: '886', name: 'Kent' })).toMatchObject({
        areaId: 'kent',
        code: 'E10000016',
      });
    });
  },
);

describe.skipIf(!haveFiles)(
  '09 Oflog long file with seven measures (skipped without ../shared)',
  () => {
    let analysis: FileAnalysis;
    beforeAll(() => {
      analysis = analyseFile(read('09_oflog_asc_outcomes_long_all_LAs.csv'));
    });

    test('nothing is imported until the user picks one of the seven measures', () => {
      expect(analysis.layout.kind).toBe('long-measure');
      expect(analysis.measures).toHaveLength(7);
      const reading = readFileFigures(analysis, defaultChoices(analysis), match);
      expect(reading.figures).toEqual([]);
      expect(reading.problems.map((p) => p.message)).toEqual([
        'choose one of the 7 measures in the column "Measure"',
      ]);
    });

    test('"2016-17" is the financial year 2016/17 and Kent is there among the counties', () => {
      const measure = 'Outcome, ASC Carer Quality of Life';
      const reading = readFileFigures(analysis, { ...defaultChoices(analysis), measure }, match);
      expect(reading.problems).toEqual([]);
      // 456 rows for the measure, 5 with an empty value (skipped, not errors).
      expect(reading.figures).toHaveLength(451);
      expect(reading.skipped).toBe(5);
      expect(
        reading.figures.find((f) => f.areaId === 'kent' && f.period === '2016/17'),
      ).toMatchObject({ value: 6.9, areaType: 'county' });
      expect(new Set(reading.figures.map((f) => f.period))).toEqual(
        new Set(['2016/17', '2018/19', '2021/22']),
      );
    });
  },
);
