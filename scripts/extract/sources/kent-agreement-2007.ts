/**
 * Kent Agreement (first Local Area Agreement) progress report, March 2007 (003): each outcome's
 * indicator tables with baseline, year 1, year 2, status and target, and the LPSA references.
 * Table headings differ from outcome to outcome, so each table's columns are spelled out below
 * as printed; cells are read by the shared cell reader, with reviewed corrections.
 */
import type {
  Indicator,
  IndicatorCode,
  Measure,
  MeasureUnit,
  Observation,
  Polarity,
  QualityNote,
} from '../../../src/data/contract/dataset-schema';
import type { SeedDocument } from '../lib/seed';
import { slug, type ExtractSource } from '../lib/source';
import { kentAgreementCorrections } from './kent-agreement-2007.corrections';
import {
  correctedFigure,
  figure,
  note,
  splitFootnote,
  splitRemark,
  type Basis,
} from './paper-figures';

const DOCUMENT = '003_2173f28adc055feb.txt';

interface Column {
  measure: Measure;
  /** Period the heading gives; a period printed in the cell itself wins. */
  period?: string;
  basis?: Basis;
  /** The heading as printed, kept when the period id cannot say it all. */
  heading?: string;
}
type ColumnSpec = Column | 'status' | null;

interface TableSpec {
  /** Line of the heading row that applies to these rows (a sub-heading where one is printed). */
  header: number;
  rows: number[];
  columns: ColumnSpec[];
  /** Footnote marks under the table: what they say and what a cell holding only the mark means. */
  footnotes?: Record<string, string>;
  /** Who the figures cover when not the whole county. */
  coverage?: string;
}

const B = (period?: string, heading?: string, basis?: Basis): Column => ({
  measure: 'baseline',
  period,
  heading,
  basis,
});
const A = (period: string, heading?: string, basis?: Basis): Column => ({
  measure: 'actual',
  period,
  heading,
  basis,
});
const F = (period: string, heading?: string): Column => ({ measure: 'forecast', period, heading });
const T = (period?: string, heading?: string, basis?: Basis): Column => ({
  measure: 'target',
  period,
  heading,
  basis,
});
const S = 'status' as const;

const tables: TableSpec[] = [
  {
    header: 10,
    rows: [11, 12, 13],
    columns: [null, B('2004'), A('2005'), A('2006'), S, T('2008')],
  },
  {
    header: 32,
    rows: [33, 34],
    columns: [null, B('2004-08'), A('2005-08'), A('2006-09', 'Year 2 (Sept 06)'), S, T('2008-08')],
  },
  {
    header: 59,
    rows: [60, 61],
    columns: [null, B('2005-03'), A('2006-03'), A('2007-03'), S, T('2008-03')],
  },
  {
    header: 83,
    rows: [84, 85, 86],
    columns: [null, B('2004'), A('2006-03', 'Year 1 (Mar 06)'), A('2006'), S, T('2008')],
    coverage: 'Swale, Dover and Gravesham Sure Start areas',
  },
  {
    header: 161,
    rows: [162, 163, 164],
    columns: [null, A('2006-01'), A('2006-09', 'Sept 06'), A('2007-03'), S, T()],
  },
  {
    header: 223,
    rows: [224, 225, 226, 227, 228],
    columns: [
      null,
      B('2004', 'Baseline Revised 2004'),
      A('2005', 'Year 1 Final (2005)'),
      A('2006', 'Year 2 Final (2006)'),
      S,
      T('2008', 'Target*: * Average of 2007 and 2008 results (line 230)'),
    ],
    footnotes: {
      '**': 'It should be noted that there were 3040 pupils in the 2004 baseline cohort, but outward mobility of pupils from the target schools has resulted in a net reduction in the 2005/06 cohort (line 232)',
    },
    coverage: '48 target schools',
  },
  {
    header: 304,
    rows: [305, 306, 307, 308],
    columns: [
      null,
      B('2004'),
      A('2005'),
      A('2006'),
      S,
      T(
        '2008',
        'Target*: * Targets relate to the 3-year average (2006 to 2008). Reward will be reduced if final year (2008) figures are below 42%, 33%, 45% and 70% respectively (line 310)',
      ),
    ],
    footnotes: { '**': 'Data currently only covers up to age 16 (line 312)' },
  },
  {
    header: 372,
    rows: [373],
    columns: [
      null,
      // Each column spans several months: filed under its last month, cumulative over the range.
      B(
        '2005-10',
        'Baseline (May-Oct 05): May to October 2005, filed under October 2005',
        'cumulative',
      ),
      A(
        '2007-08',
        'Trial run Jan 07 – Aug 07: January to August 2007, filed under August 2007',
        'cumulative',
      ),
      S,
      T(
        '2008-02',
        'Target (Sept 07 - Feb 08): September 2007 to February 2008, filed under February 2008',
        'cumulative',
      ),
    ],
  },
  {
    header: 472,
    rows: [473],
    columns: [
      null,
      B('2003'),
      A('2005'),
      A('2006'),
      A('2007', 'Year 3 2007 Terms 1 & 2 (line 477: terms 1 and 2 of 2006-07)'),
      S,
      T('2008'),
    ],
  },
  {
    header: 555,
    rows: [556, 557, 558],
    columns: [null, B('2003'), A('2005'), A('2006'), S, T('2008')],
    footnotes: {
      '*': 'Excess achievement over target for level 2 can be counted towards level 1 target (line 563)',
    },
  },
  {
    header: 559,
    rows: [560, 561],
    columns: [
      null,
      B('2004-11', 'Nov 2004'),
      A('2005', 'Year 1 (2005), line 555'),
      A('2006', 'Year 2 (2006), line 555'),
      S,
      T('2008', 'Target (2008), line 555'),
    ],
  },
  {
    header: 701,
    rows: [702],
    columns: [null, B('2005-04'), A('2006-05'), A('2007-03', 'Year 2 (March 07)'), S, T('2008')],
  },
  { header: 764, rows: [765], columns: [null, B('2003'), A('2005'), A('2006'), S, T('2007')] },
  {
    header: 766,
    rows: [767, 768, 769, 770],
    columns: [null, B('2004/05'), A('2005/06'), A('2006/07'), S, T('2007/08')],
  },
  {
    header: 893,
    rows: [894],
    columns: [null, A('2005/06'), A('2007-02', '2006/07 (Apr- Feb)', 'ytd'), S, T('2006/07')],
  },
  {
    header: 896,
    rows: [897],
    columns: [null, B('2005/06', 'Baseline 2005/06'), A('2006/07'), S, T('2007/08')],
  },
  {
    header: 1096,
    rows: [1097],
    columns: [null, B('2004/05'), A('2005/06'), A('2006', 'Jan - Dec 06'), S, T('2006/07')],
  },
  {
    header: 1098,
    rows: [1099, 1100, 1101, 1102],
    columns: [
      null,
      B('2004/05', 'Baseline (2004/05), line 1096'),
      A('2005/06', '2005/06, line 1096'),
      A('2006/07'),
      S,
      T('2006/07', 'Target (2006/07), line 1096'),
    ],
  },
  {
    header: 1168,
    rows: [1169],
    columns: [
      null,
      // The heading prints years only; 2002/03 stands where every other table prints its baseline.
      B('2002/03', '2002/03, in the baseline position (the heading prints the year only)'),
      A('2005/06'),
      A('2006-09', '2006/07 (Sep 06)'),
      S,
      T('2007/08', 'column headed only "2007/08", where the other tables put the target'),
    ],
  },
  {
    header: 1228,
    rows: [1229, 1230, 1231],
    // The baseline column has no period: kept out of the series, quoted in a note instead.
    columns: [
      null,
      null,
      A('2005/06'),
      A('2006/07'),
      S,
      T('2007/08', 'Target (period not printed; see note)'),
    ],
  },
  {
    header: 1308,
    rows: [1309, 1310],
    columns: [
      null,
      B('2004/05', 'Baseline (04/02 - 03/05): April 2002 to March 2005', 'cumulative'),
      A('2005/06', 'Year 1 (05/06)', 'cumulative'),
      A('2006/07', 'Year 2 (06/07)', 'cumulative'),
      S,
      T('2007/08', 'Target (04/05 - 07/08)', 'cumulative'),
    ],
  },
  {
    header: 1311,
    rows: [1312],
    columns: [
      null,
      B('2004/05'),
      A('2005/06', 'Year 1 (05/06), line 1308'),
      A('2006/07', 'Year 2 (06/07), line 1308'),
      S,
      T('2007/08'),
    ],
    footnotes: {
      '*': 'Includes full achievement to September 2006 and partial figures to January 2007 (line 1314)',
    },
  },
  {
    header: 1472,
    rows: [1473, 1474, 1476, 1477, 1478, 1479, 1481],
    columns: [null, B('2004/05'), A('2005/06'), F('2006/07', '06/07 Forecast'), S, T('2007/08')],
  },
  {
    header: 1482,
    rows: [1483],
    columns: [null, B('2003'), A('2004'), A('2005'), S, T('2008')],
  },
  {
    header: 1484,
    rows: [1485, 1486],
    columns: [null, B('2004/05'), A('2005/06'), F('2006/07', '06/07 Forecast'), S, T('2007/08')],
  },
  {
    header: 1488,
    rows: [1489, 1490],
    columns: [null, B('2004'), A('2005'), A('2006'), S, T('2008')],
  },
  {
    header: 1491,
    rows: [1492],
    columns: [null, B('2005-09'), null, A('2008'), S, T('2008-09')],
  },
  {
    header: 1617,
    rows: [1619, 1620, 1622, 1624, 1626],
    columns: [null, B('2004/05'), A('2005/06'), A('2006/07'), S, T('2007/08')],
    footnotes: { '*': 'Un-validated data for 2005/06 shows this target is on track (line 1628)' },
  },
  {
    header: 1714,
    rows: [1715, 1716],
    columns: [null, B('2003'), A('2005'), A('2006'), S, T('2008', 'Target (2005 - 2008)')],
  },
  {
    header: 1826,
    rows: [1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835],
    columns: [null, B('2006-09'), A('2007-03'), T('2008')],
  },
  {
    header: 1936,
    rows: [1937, 1938, 1939],
    columns: [
      null,
      B('2004/05'),
      A('2005/06'),
      A('2006/07', 'printed "April 06 - Sept 07" (see note)'),
      S,
      T('2006/07'),
    ],
  },
  {
    header: 1940,
    rows: [1941, 1942, 1943],
    columns: [
      null,
      B('2004/05', 'Baseline (2004/05), line 1936'),
      A('2005/06', '2005/06, line 1936'),
      A('2006/07'),
      S,
      T('2007/08'),
    ],
    footnotes: { '*': 'No interim measurement (line 1945)' },
    coverage: 'Dover, Shepway, Swale and Thanet',
  },
];

/** Polarity from the wording where the figures alone would mislead or say nothing. */
const wording: Record<number, { polarity: Polarity; reason: string }> = {
  1230: {
    polarity: 'lower-is-better',
    reason:
      'Loose rubbish fires are to be reduced: the target (2297) is below the printed baseline (2871).',
  },
  1715: {
    polarity: 'lower-is-better',
    reason:
      'The gap below the national average is to be kept under 5% ("Less than 5% for one year"): a smaller gap is better.',
  },
  1831: {
    polarity: 'higher-is-better',
    reason:
      'A share of residents who feel people from different backgrounds get on well: higher is better.',
  },
  1832: {
    polarity: 'higher-is-better',
    reason:
      'A share of residents who think race relations got better or stayed the same: higher is better.',
  },
  1834: {
    polarity: 'higher-is-better',
    reason: 'A share of residents satisfied with their neighbourhood: higher is better.',
  },
  1937: {
    polarity: 'lower-is-better',
    reason: 'Houses not meeting the decent homes standard: fewer is better.',
  },
};

/** Ids where one LPSA reference covers two rows. */
const idOverrides: Record<number, string> = {
  12: 'lpsa-1-3-psed',
  13: 'lpsa-1-3-cll',
  84: 'lpsa-1-4-psed-gap',
  85: 'lpsa-1-4-cll-gap',
};

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  sept: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** The period spellings this paper prints in brackets inside cells. */
export function periodFromText(text: string): string | null {
  const trimmed = text.trim();
  const month = /^([A-Za-z]{3,4})\w*\s+(\d{2}|\d{4})$/.exec(trimmed);
  if (month) {
    const number = MONTHS[(month[1] ?? '').toLowerCase()];
    const year = month[2] ?? '';
    if (number) return `${year.length === 2 ? `20${year}` : year}-${number}`;
  }
  if (/^(19|20)\d{2}$/.test(trimmed)) return trimmed;
  const financial = /^(\d{2}|\d{4})\/(\d{2})$/.exec(trimmed);
  if (financial) {
    const start = financial[1] ?? '';
    const startYear = start.length === 2 ? `20${start}` : start;
    const end = financial[2] ?? '';
    if ((Number(startYear) + 1) % 100 === Number(end)) return `${startYear}/${end}`;
  }
  return null;
}

interface Outcome {
  number: string;
  title: string;
  lead: string;
  manager: string;
  line: number;
}

function outcomeBefore(doc: SeedDocument, line: number): Outcome {
  for (let at = line; at > 0; at -= 1) {
    const match = /^Outcome (\d+)\b/.exec(doc.line(at));
    if (!match) continue;
    const cells = doc.cells(at);
    const partner = doc.cells(at + 1);
    return {
      number: match[1] ?? '',
      title: (cells[cells.length - 1] ?? '').trim(),
      lead: (partner[0] ?? '').replace(/^Lead Partner:\s*/, '').trim(),
      manager: (partner[1] ?? '').trim(),
      line: at,
    };
  }
  throw new Error(`no outcome heading above line ${line}`);
}

function codesOf(title: string, outcome: Outcome): IndicatorCode[] {
  const lpsa = /\(LPSA ([\d.]+[a-z]?)\)/.exec(title);
  return [
    ...(lpsa ? [{ framework: 'LPSA' as const, code: lpsa[1] ?? '' }] : []),
    { framework: 'LAA', code: `Outcome ${outcome.number}` },
  ];
}

function unitOf(title: string, printed: string[]): MeasureUnit {
  const per = /per (1,?000|10,?000|100,?000)\b\s*(.*)$/i.exec(title);
  if (per) {
    return {
      type: 'rate',
      per: Number((per[1] ?? '').replace(/,/g, '')),
      ...(per[2] ? { label: per[2].replace(/\(.*$/, '').trim() } : {}),
    };
  }
  if (/SDQ score/.test(title)) return { type: 'score' };
  if (printed.some((cell) => /^(\(.*?\)\s*)?\d[\d.,]*%/.test(cell.trim())))
    return { type: 'percent' };
  return { type: 'count' };
}

/** Cells in words this paper uses, beyond the shared reader's list. */
const wordCells: Array<[RegExp, Observation['missing']]> = [
  [/^no new data$/i, { reason: 'not-available', text: 'No new data' }],
];

function readRowCell(
  doc: SeedDocument,
  line: number,
  id: string,
  column: Column,
  printed: string,
  footnotes: Record<string, string>,
): Observation | null {
  let text = printed.trim();
  if (text === '') return null;
  let period = column.period;
  const remarks: string[] = [];
  if (column.heading) remarks.push(`column: ${column.heading}`);
  // A period printed before the figure, e.g. "(2003/04) 465677".
  const leading = /^\(([^()]+)\)\s*(.+)$/.exec(text);
  if (leading) {
    const inCell = periodFromText(leading[1] ?? '');
    if (inCell) {
      period = inCell;
      remarks.push(`period printed in the cell: (${leading[1]})`);
      text = (leading[2] ?? '').trim();
    }
  }
  const { text: figureText, remark } = splitRemark(text);
  if (remark) {
    const inCell = periodFromText(remark);
    if (inCell) {
      period = inCell;
      remarks.push(`period printed in the cell: (${remark})`);
    } else remarks.push(`printed beside the figure: (${remark})`);
    text = figureText;
  }
  const change = /^(\S+)\s+([+-]\s?[\d.]+%)$/.exec(text);
  if (change) {
    remarks.push(`change printed beside the figure: ${change[2]}`);
    text = change[1] ?? text;
  }
  if (!period) return null;
  const target = {
    indicatorId: id,
    period,
    measure: column.measure,
    basis: column.basis ?? 'period',
  };
  const onlyMark = /^\*+$/.exec(text);
  if (onlyMark) {
    const meaning = footnotes[text] ?? 'footnote mark only';
    return correctedFigure(doc, line, target, {
      printed: printed.trim(),
      missing: { reason: /no interim/i.test(meaning) ? 'not-applicable' : 'other', text: meaning },
    });
  }
  for (const [pattern, missing] of wordCells) {
    if (pattern.test(text) && missing) {
      return correctedFigure(doc, line, target, { printed: printed.trim(), missing });
    }
  }
  const observation = figure(doc, line, target, text, {
    note: remarks.join('; ') || undefined,
    footnotes,
  });
  return { ...observation, printed: printed.trim() };
}

function polarityOf(
  observations: Observation[],
  kind: Indicator['kind'],
): { polarity: Polarity; reason: string } {
  if (kind === 'context') {
    return { polarity: 'no-judgement', reason: 'Marked "Context Data" in the status column.' };
  }
  const target = observations.find((o) => o.measure === 'target' && o.value !== null);
  const start =
    observations.find((o) => o.measure === 'baseline' && o.value !== null) ??
    observations.find((o) => o.measure === 'actual' && o.value !== null);
  if (
    !target ||
    !start ||
    target.value === null ||
    start.value === null ||
    target.value === start.value
  ) {
    return {
      polarity: 'unknown',
      reason:
        'The paper gives no target and starting figure to compare, and the wording does not settle it.',
    };
  }
  const word = start.measure === 'baseline' ? 'baseline' : 'first figure';
  return target.value > start.value
    ? {
        polarity: 'higher-is-better',
        reason: `The target (${target.printed}) is above the ${word} (${start.printed}): the agreement aims to raise it.`,
      }
    : {
        polarity: 'lower-is-better',
        reason: `The target (${target.printed}) is below the ${word} (${start.printed}): the agreement aims to reduce it.`,
      };
}

export const kentAgreement2007: ExtractSource = {
  file: 'kent-agreement-2007.json',
  extract(open) {
    const doc = open(DOCUMENT);
    const indicators: Indicator[] = [];
    const observations: Observation[] = [];
    const notes: QualityNote[] = [];
    const ids = new Set<string>();
    const idOfLine = new Map<number, string>();

    for (const table of tables) {
      const heading = (doc.cells(table.header)[0] ?? '').trim();
      const outcome = outcomeBefore(doc, table.header);
      for (const line of table.rows) {
        const cells = doc.cells(line);
        const printedTitle = (cells[0] ?? '').trim();
        const title = printedTitle.replace(/\s*\*+$/, '').replace(/\)\*+$/, ')');
        const codes = codesOf(title, outcome);
        const lpsa = codes.find((code) => code.framework === 'LPSA');
        const id =
          idOverrides[line] ??
          (lpsa
            ? `lpsa-${lpsa.code.replace(/\./g, '-').toLowerCase()}`
            : `ka2007-${slug(title.replace(/\(.*?\)/g, '').replace(/^%(age)?\s*/, 'percentage '))}`);
        if (ids.has(id)) throw new Error(`duplicate indicator id ${id} at line ${line}`);
        ids.add(id);
        idOfLine.set(line, id);

        const correction = kentAgreementCorrections[line];
        const rowObservations: Observation[] = [];
        let statusText = '';
        table.columns.forEach((column, index) => {
          const printed = cells[index] ?? '';
          if (column === 'status') {
            statusText = printed.trim();
            return;
          }
          const override = correction?.cells[index];
          if (override === 'skip') return;
          if (override && column) {
            const target = {
              indicatorId: id,
              period: column.period ?? '',
              measure: column.measure,
              basis: column.basis ?? 'period',
            };
            const observation = correctedFigure(doc, line, target, {
              ...override,
              note: [override.note, column.heading ? `column: ${column.heading}` : '']
                .filter(Boolean)
                .join('; '),
            });
            rowObservations.push({
              ...observation,
              printed: printed.trim() || observation.printed,
            });
            return;
          }
          if (!column) return;
          const observation = readRowCell(doc, line, id, column, printed, table.footnotes ?? {});
          if (observation) rowObservations.push(observation);
        });

        const kind: Indicator['kind'] = /^Context Data$/i.test(statusText)
          ? 'context'
          : 'performance';
        if (/background-color:\s*red/i.test(statusText)) {
          const latest = [...rowObservations].reverse().find((o) => o.measure === 'actual');
          if (latest) latest.publishedRag = 'red';
        }
        const mark = splitFootnote(printedTitle).mark;
        if (mark && table.footnotes?.[mark] && /on track/i.test(table.footnotes[mark] ?? '')) {
          rowObservations.push({
            indicatorId: id,
            area: 'kent',
            period: '2005/06',
            basis: 'period',
            measure: 'milestone',
            value: null,
            text: 'on track',
            // The footnote's sentence as printed, without its mark.
            printed: doc
              .line(1628)
              .trim()
              .replace(/^\*+\s*/, ''),
            provenance: doc.at(1628, `footnote ${mark} to line ${line}`),
          });
        }
        // A row titled 'cumulative' ('Affordable housing delivered cumulative') holds running
        // totals in every column, whatever the table's headings say.
        if (/\bcumulative\b/i.test(title)) {
          for (const o of rowObservations) if (o.basis === 'period') o.basis = 'cumulative';
        }
        observations.push(...rowObservations);

        const polarity = wording[line] ?? polarityOf(rowObservations, kind);
        const group = groupAbove(doc, table, line);
        indicators.push({
          id,
          title,
          codes,
          kind,
          polarity: polarity.polarity,
          polarityReason: polarity.reason,
          unit: unitOf(title, cells.slice(1)),
          frequency: rowObservations.some((o) => /^\d{4}-\d{2}$/.test(o.period))
            ? 'irregular'
            : 'annual',
          rule:
            kind === 'context' ? { type: 'not-rated', reason: 'context' } : { type: 'milestone' },
          description: [
            `Kent Agreement (Local Area Agreement) Outcome ${outcome.number}: ${outcome.title}.`,
            `Lead partner: ${outcome.lead}. ${outcome.manager}.`,
            heading ? `Table: ${heading}.` : '',
            group ? `Group: ${group}.` : '',
            table.coverage ? `Covers ${table.coverage} only.` : '',
            mark && table.footnotes?.[mark] ? `Footnote ${mark}: ${table.footnotes[mark]}.` : '',
            /supports LPSA/.test(title)
              ? 'Supports an LPSA target; not itself an LPSA indicator.'
              : '',
            'Progress status is a judgement reported by the partnership (see notes).',
          ]
            .filter(Boolean)
            .join(' '),
          owners: [],
          provenance: [doc.at(line), doc.at(outcome.line)],
        });
      }
    }

    const flexibility = increasedFlexibility(doc);
    indicators.push(...flexibility.indicators);
    observations.push(...flexibility.observations);
    notes.push(...qualityNotes(doc, (line) => idOfLine.get(line) ?? ''));

    return {
      description: `Kent Agreement (Local Area Agreement) progress report, March 2007: ${indicators.length} indicators across 18 outcomes, with baselines, yearly results, targets and LPSA references.`,
      indicators,
      observations,
      notes,
    };
  },
};

/** The sub-heading row inside a table ("Obesity", "Independent Living" …) a row sits under. */
function groupAbove(doc: SeedDocument, table: TableSpec, line: number): string | null {
  for (let at = line - 1; at > table.header; at -= 1) {
    const cells = doc.cells(at);
    if (cells.length > 1 && cells.slice(1).every((cell) => cell === '')) return cells[0] ?? null;
  }
  return null;
}

/** Outcome 6's 'Increased Flexibility' table (lines 596–599): periods as rows, levels as columns. */
function increasedFlexibility(doc: SeedDocument): {
  indicators: Indicator[];
  observations: Observation[];
} {
  const outcome = outcomeBefore(doc, 596);
  const levels = [
    { level: 'Level 1', id: 'ka2007-increased-flexibility-level-1', target: 1, actual: 2 },
    { level: 'Level 2', id: 'ka2007-increased-flexibility-level-2', target: 3, actual: 4 },
  ];
  const rows = [
    { line: 598, period: '2004/05' },
    { line: 599, period: '2005/06', note: 'printed "05/06 (prov)": provisional' },
  ];
  const observations: Observation[] = [];
  for (const { id, target, actual } of levels) {
    for (const row of rows) {
      const cells = doc.cells(row.line);
      for (const [index, measure] of [
        [target, 'target'],
        [actual, 'actual'],
      ] as const) {
        observations.push(
          figure(
            doc,
            row.line,
            { indicatorId: id, period: row.period, measure },
            cells[index] ?? '',
            {
              note: row.note,
            },
          ),
        );
      }
    }
  }
  return {
    indicators: levels.map(({ level, id }) => ({
      id,
      title: `'Increased Flexibility' provision: ${level} qualifications`,
      codes: [{ framework: 'LAA', code: `Outcome ${outcome.number}` }],
      kind: 'performance',
      polarity: 'higher-is-better',
      polarityReason: 'A count of qualifications achieved against a target to reach.',
      unit: { type: 'count', label: 'qualifications' },
      frequency: 'academic-year',
      rule: { type: 'milestone' },
      description: `Kent Agreement Outcome ${outcome.number}: ${outcome.title}. Lead partner: ${outcome.lead}. 'Increased Flexibility' provision table, target and actual by year.`,
      owners: [],
      provenance: [doc.at(596), doc.at(597)],
    })),
    observations,
  };
}

function qualityNotes(doc: SeedDocument, idAt: (line: number) => string): QualityNote[] {
  return [
    note(
      'ka2007-status-column-blank',
      'other',
      'Every table has a Status column, but it is blank on every row except public confidence in the Criminal Justice System (Outcome 12), where a red marker survived the conversion. The other statuses were either not given or lost (probably colours); none is inferred.',
      [idAt(1169)],
      [doc.at(10), doc.at(1169)],
    ),
    note(
      'ka2007-vocational-level-2-typo',
      'typo',
      'Year 2 (2006) for part or full level 2 qualifications is printed "12.746", a decimal point in a whole count (probably 12,746). Kept as no value.',
      [idAt(557)],
      [doc.at(557)],
    ),
    note(
      'ka2007-neet-2006-contradiction',
      'contradiction',
      'The table gives 5.51% of 16–18 year olds not in education, employment or training for Year 2 (2006), but the text says "The NEETs result for 30th November 2006 is 5.69%". Both kept as printed; the table figure is in the series.',
      [idAt(560)],
      [doc.at(560), doc.at(629)],
    ),
    note(
      'ka2007-sdq-target-period-contradiction',
      'contradiction',
      'The table heads the target period "Sept 07 - Feb 08", but the text says "The target period is agreed as Sept 07-June 08".',
      [idAt(373)],
      [doc.at(372), doc.at(379)],
    ),
    note(
      'ka2007-fsp-gap-year-1-heading',
      'ambiguous',
      'The Sure Start areas table heads Year 1 "(Mar 06)" but Year 2 "(2006)", while the county table above uses 2005 and 2006 for the same Foundation Stage Profile results; the headings are kept as printed.',
      [idAt(84), idAt(85)],
      [doc.at(83), doc.at(10)],
    ),
    note(
      'ka2007-clean-kent-periods',
      'ambiguous',
      `Outcome 14's table prints "Baseline" and "Target" with no period. The baselines (58% clean county, 2871 loose rubbish fires, 33636 fly-tipping incidents) are not put in the series for want of a period. The targets are filed under 2007/08, the last year of the agreement; only the rubbish-fires target says so (3 year average 2005/06 to 2007/08).`,
      [idAt(1229), idAt(1230), idAt(1231)],
      [doc.at(1228), doc.at(1229), doc.at(1230), doc.at(1231), doc.at(1233)],
    ),
    note(
      'ka2007-admissions-code-typo',
      'typo',
      'Admissions to residential/nursing care is referenced "(PAC C26)", probably PAF C26; no PAF code is attached because the paper does not print one.',
      [idAt(1620)],
      [doc.at(1620)],
    ),
    note(
      'ka2007-volunteering-change-contradiction',
      'contradiction',
      'The share of volunteers from deprived areas/groups rises from a 23% baseline to 27% in March 07, but the change beside it is printed "+2%".',
      [idAt(1828)],
      [doc.at(1828)],
    ),
    note(
      'ka2007-housing-period-typo',
      'typo',
      'The third column is headed "April 06 - Sept 07", which cannot have been reported in March 2007 (probably Sept 06). The figures are filed under 2006/07.',
      [idAt(1938), idAt(1939)],
      [doc.at(1936)],
    ),
    note(
      'ka2007-supporting-people-target-period',
      'ambiguous',
      'The supporting people target is printed "(2005/07) 5337"; it is read as the cumulative total for 2005 to 2007.',
      [idAt(1626)],
      [doc.at(1626)],
    ),
  ];
}
