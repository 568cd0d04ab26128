import { existsSync } from 'node:fs';
import { emptySections } from '../../src/data/contract/assemble-dataset';
import type { Bundle, Observation } from '../../src/data/contract/dataset-schema';
import {
  HARD_CHECKS,
  auditDataset,
  indicatorInRow,
  type AuditFinding,
  type PaperLines,
} from './lib/audit-checks';
import { cellIndex } from './lib/audit-cells';
import { explainUncited, printsFigures, uncitedRows } from './lib/audit-coverage';
import { isHeader, periodSpellings } from './lib/audit-headers';
import { defaultSeedsDir, loadBundles, paperReader } from './lib/audit-load';
import { seededRandom } from '../lib/seeded-random';
import { SEEDS_NOTE } from '@test/seeds';

const doc = 'paper.txt';
const lines = [
  'Indicator\tActual 2006/07\tTarget 2007/08',
  'PAF C72 Admissions per 10,000\t73\t£3.14m',
  'Library visits\t523k\t1,018m',
  'Funds levered\t£4.4 million\t£6 million',
];
const paper: PaperLines = (name) => (name === doc ? lines : undefined);
const row = (line: number) => ({ document: doc, line, row: (lines[line - 1] ?? '').trim() });

const emptyBundle: Bundle = emptySections();
const figure = (overrides: Partial<Observation>): Observation => ({
  indicatorId: 'paf-c72',
  area: 'kent',
  period: '2006/07',
  basis: 'period',
  measure: 'actual',
  value: 73,
  printed: '73',
  provenance: row(2),
  ...overrides,
});
const audit = (bundle: Partial<Bundle>) =>
  auditDataset([{ file: 'test.json', bundle: { ...emptyBundle, ...bundle } }], paper).findings;
const checks = (findings: AuditFinding[]) => findings.map((f) => f.check);

describe('audit checks', () => {
  it('passes a figure that matches its row, and its header', () => {
    expect(audit({ observations: [figure({})] })).toEqual([]);
  });

  it('fails a provenance whose row, line or document is wrong', () => {
    const observations = [
      figure({ provenance: { ...row(2), row: 'PAF C72 Admissions' } }),
      figure({ provenance: { document: doc, line: 9, row: 'x' } }),
      figure({ provenance: { document: 'missing.txt', line: 1, row: 'x' } }),
    ];
    expect(checks(audit({ observations })).filter((c) => c === 'provenance')).toHaveLength(3);
  });

  it('fails a printed cell that is not in the row, and a value readCell does not give', () => {
    expect(checks(audit({ observations: [figure({ printed: '74', value: 74 })] }))).toContain(
      'printed',
    );
    expect(checks(audit({ observations: [figure({ value: 72 })] }))).toContain('value');
    expect(
      audit({
        observations: [
          figure({ period: '2007/08', measure: 'target', printed: '£3.14m', value: 3_140_000 }),
        ],
      }),
    ).toEqual([]);
  });

  it('accepts a scaled value only when a note explains it', () => {
    const scaled = figure({ printed: '73', value: 73_000 });
    expect(checks(audit({ observations: [scaled] }))).toContain('value');
    const explained = auditDataset(
      [
        {
          file: 'test.json',
          bundle: {
            ...emptyBundle,
            observations: [{ ...scaled, provenance: { ...row(2), note: "column headed '£000s'" } }],
          },
        },
      ],
      paper,
    );
    expect(explained.findings).toEqual([]);
    expect(explained.explained).toHaveLength(1);
  });

  it('checks a value with no printed cell against the row', () => {
    expect(audit({ observations: [figure({ printed: undefined })] })).toEqual([]);
    expect(checks(audit({ observations: [figure({ printed: undefined, value: 99 })] }))).toContain(
      'value',
    );
  });

  it('warns when the period is not in the nearest header', () => {
    expect(checks(audit({ observations: [figure({ period: '2005/06' })] }))).toEqual([
      'header-period',
    ]);
  });

  it('fails two different values for the same figure unless a contradiction note covers them', () => {
    const observations = [
      figure({}),
      figure({ printed: undefined, value: 10_000, provenance: row(2) }),
    ];
    expect(checks(audit({ observations }))).toContain('duplicate');
    const notes = [
      {
        id: 'c',
        kind: 'contradiction' as const,
        text: 'two tables disagree',
        indicatorIds: ['paf-c72'],
        provenance: [],
      },
    ];
    expect(checks(audit({ observations, notes }))).not.toContain('duplicate');
  });

  it('finds an indicator by title or code in its rows', () => {
    expect(
      indicatorInRow(
        { title: 'x', codes: [{ framework: 'NI', code: '128' }] },
        'National Indicator\tNI128 – respect',
      ),
    ).toBe(true);
    const indicator = { title: 'Library visits', codes: [] };
    expect(indicatorInRow(indicator, lines[2] ?? '')).toBe(true);
    expect(
      indicatorInRow(
        { title: 'Admissions', codes: [{ framework: 'PAF', code: 'C72' }] },
        lines[1] ?? '',
      ),
    ).toBe(true);
    expect(
      indicatorInRow(
        { title: 'Something else', codes: [{ framework: 'NI', code: '7' }] },
        lines[1] ?? '',
      ),
    ).toBe(false);
  });

  it('reads headers and period spellings the papers use', () => {
    expect(isHeader('INDICATOR\tActual Performance 2006-2007 %\tTarget 2008 – 2009 %')).toBe(true);
    expect(isHeader('\t2003\t2004\t2005\t\t2008')).toBe(true);
    expect(
      isHeader(
        'Vehicle crime per 1,000 population\t10.3\t9.1\tMaintain or reduce from 2006/7 Baseline',
      ),
    ).toBe(false);
    expect(periodSpellings('2007/08')).toEqual(
      expect.arrayContaining(['2007-08', '07/08', '2007/2008']),
    );
  });

  it('places a printed figure in its cell, not inside a longer one', () => {
    expect(cellIndex('Row\t173\t73', '73')).toBe(2);
    expect(cellIndex('Row\t173\t74', '73')).toBe(-1);
    expect(cellIndex('Row\tRe\tported quar\tterly', 'Reported quarterly')).toBe(1);
  });

  it('reads a worded scale: £6 million is 6,000,000', () => {
    const funds = (value: number) =>
      figure({
        period: '2007/08',
        measure: 'target',
        printed: '£6 million',
        value,
        provenance: row(4),
      });
    expect(checks(audit({ observations: [funds(6)] }))).toEqual(['value']);
    expect(audit({ observations: [funds(6_000_000)] })).toEqual([]);
  });

  it('draws the same sample from the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe.skipIf(!existsSync(defaultSeedsDir))(
  `the committed Kent dataset against the papers${SEEDS_NOTE}`,
  () => {
    const result = auditDataset(loadBundles(), paperReader());
    const summarise = (findings: AuditFinding[]) =>
      findings
        .slice(0, 20)
        .map((f) => `${f.bundle} ${f.check} ${f.document ?? ''}:${f.line ?? ''} ${f.message}`)
        .join('\n');

    it('has every provenance, printed cell and value right, and no unexplained duplicate figures', () => {
      const errors = result.findings.filter((f) => HARD_CHECKS.has(f.check));
      expect(errors, `${errors.length} errors, first 20:\n${summarise(errors)}`).toHaveLength(0);
    });

    it('leaves no table row with figures unexplained: each is cited, or explained by its heading or the reviewed list (issue 12)', () => {
      const bundles = loadBundles();
      const documents = [
        ...new Set(
          bundles.flatMap((b) => b.bundle.observations.map((o) => o.provenance?.document ?? '')),
        ),
      ].filter(Boolean);
      const uncited = uncitedRows(bundles, paperReader(), documents);
      const unexplained = uncited.filter((row) => row.reason === null);
      expect(
        unexplained.map((row) => `${row.document}:${row.line} ${row.text.slice(0, 80)}`),
      ).toEqual([]);
      // The whole tables issue 12 lists are now cited, not explained away.
      const cited = (document: string, line: number) =>
        !uncited.some((row) => row.document === document && row.line === line);
      expect(cited('001_23223e66fe6ffd0f.txt', 7480)).toBe(true);
      expect(cited('001_23223e66fe6ffd0f.txt', 644)).toBe(true);
      expect(cited('001_23223e66fe6ffd0f.txt', 16843)).toBe(true);
      expect(cited('004_02ef8f1cbe0338b4.txt', 1368)).toBe(true);
    });

    it('reports header and indicator-title warnings for review', () => {
      const warnings = result.findings.filter((f) => !HARD_CHECKS.has(f.check));
      for (const check of ['header-period', 'indicator-in-row', 'cell-position'] as const) {
        const these = warnings.filter((f) => f.check === check);
        console.log(`audit warning ${check}: ${these.length}\n${summarise(these)}`);
      }
      expect(result.counts.observations).toBeGreaterThan(0);
    });
  },
);

describe('uncited table rows', () => {
  // Shapes from 001_23223e66fe6ffd0f.txt: a budget table (lines 6160–6169, 'Directorate
  // Overheads'), a staffing table, and the PAF band summary (lines 643–650), a plain-count table.
  const paperLines = [
    'Budget 2008/09 £000',
    '29.9\t\tDirectorate Overheads\t\t27.9',
    '',
    'Staffing (FTE)',
    'Social workers\t120\t118',
    '',
    'Number of indicators in each band (Band 5 – OPTIMUM Performance)',
    'BAND 1\t0\t0',
    'BAND 2\t3\t2',
  ];
  const read: PaperLines = () => paperLines;

  it('finds plain-count rows, not only rows with codes or percentages', () => {
    expect(printsFigures('BAND 2\t3\t2')).toBe(true);
    expect(printsFigures('A heading without figures')).toBe(false);
  });

  it('explains budget and staffing rows by their table heading, and never reads "rate" inside "Directorate"', () => {
    expect(explainUncited(paperLines, 1)).toBe('budget');
    expect(explainUncited(paperLines, 4)).toBe('staffing');
    expect(explainUncited(['Directorate\tperformance', 'Directorate\t3\t4'], 1)).toBeNull();
  });

  it('reads only the heading, the column headers and the row: a long label mentioning staff is not a staffing table', () => {
    // The Youth Justice activity table (004, lines 1334–1340): "Staff will work …" is a row label.
    const youthJustice = [
      'Key Activity Data & other Management Information',
      'Service Area\t2010/11 Outturn\t2011/12 Outturn\t2012/13 Forecast',
      'Prevention … Staff will work either in\t217\t202\t360',
      'Total number of assessments\t4654\t5172\t4500',
    ];
    expect(explainUncited(youthJustice, 3)).toBeNull();
  });

  it('explains a row from the reviewed list with its reason and why', () => {
    const phoneList = '001_23223e66fe6ffd0f.txt';
    const lines = Array.from({ length: 28420 }, () => '');
    lines[28417] = 'Jerry Crossley\t1052';
    const rows = uncitedRows([{ file: 'b.json', bundle: emptySections() }], () => lines, [
      phoneList,
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        line: 28418,
        reason: 'not-a-figure',
        explainedBy: 'reviewed list',
        why: 'telephone extensions in a contact list',
      }),
    ]);
  });

  it('leaves a table no heading explains as unexplained, and skips rows a record cites', () => {
    const cites: Bundle = {
      ...emptySections(),
      observations: [
        {
          indicatorId: 'x',
          area: 'kent',
          period: '2006/07',
          basis: 'period',
          measure: 'actual',
          value: 0,
          provenance: { document: doc, line: 8, row: 'BAND 1\t0\t0' },
        } satisfies Observation,
      ],
    };
    const rows = uncitedRows([{ file: 'b.json', bundle: cites }], read, [doc]);
    expect(rows.map((row) => [row.line, row.reason])).toEqual([
      [2, 'budget'],
      [5, 'staffing'],
      [9, null],
    ]);
  });
});
