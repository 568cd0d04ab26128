/**
 * Small tables whose headers the table reader cannot take on its own (years printed bare,
 * establishments as columns, bullet lists with stacked figures). Each is read here from a
 * reviewed layout: which cell (and which stacked figure in it) holds which measure and period.
 * Everything a layout cannot settle is left out of the series and said in a note.
 */
import type {
  Indicator,
  Measure,
  Observation,
  Polarity,
  QualityNote,
} from '../../../../src/data/contract/dataset-schema';
import type { SeedDocument } from '../../lib/seed';
import { slug } from '../../lib/source';
import { polarityFor, unitFor } from './describe';
import { readPlanCell } from './plan-cells';
import { printedCell } from './tables';
import type { Section } from './units';

interface Figure {
  /** The row printing the figure, when not the indicator's own line (a target row below it). */
  line?: number;
  /** Tab-separated cell index on the row. */
  cell: number;
  /** Which stacked paragraph of the cell (`<p>…</p>`), when the cell stacks several figures. */
  part?: number;
  measure: Measure;
  period: string;
  basis?: 'ytd';
  /** The column as printed, for the figure's provenance. */
  column: string;
}

interface ExtraIndicator {
  line: number;
  /** A figure for the whole council printed on a department's row: filed on a companion indicator. */
  companion?: Figure;
  title: string;
  figures: Figure[];
  /** A row that reprints an indicator already read from a clearer table: cited there, not filed again. */
  reprintOf?: string;
  polarity?: { polarity: Polarity; reason: string };
}

interface ExtraTable {
  headerLine: number;
  /** The header as printed (trimmed), checked so an edited paper fails loudly. */
  header: string;
  kind: 'performance' | 'activity';
  indicators: ExtraIndicator[];
  /** Rows the table reader also reads, as one indicator, that this layout reads instead. */
  split?: number[];
  /** How the layout was read, for a note on every indicator of the table. */
  reading: string;
}

const absence = (headerLine: number): ExtraTable => {
  const lowerIsBetter = {
    polarity: 'lower-is-better' as const,
    reason: `absence: the plan calls the fall in absence an improvement in attendance (line ${headerLine - 2})`,
  };
  const years = ['2004/05', '2005/06', '2006/07'].map((period, index) => ({
    cell: index + 1,
    measure: 'actual' as const,
    period,
    column: ['2004/5', '2005/6', '2006/7'][index] ?? period,
  }));
  return {
    headerLine,
    header: 'Overall absence\t2004/5\t2005/6\t2006/7',
    kind: 'performance',
    reading:
      'The header prints three past years alone ("2004/5 | 2005/6 | 2006/7"); the text above it describes them as results ("have lead to improvements in both primary and secondary attendance in 2006/7"), so they are filed as actuals. Figures are the percentage of half days missed through absence, as printed.',
    indicators: [1, 2, 3].map((offset) => {
      const line = headerLine + offset;
      const label = ['Primary', 'Secondary', 'Overall'][offset - 1] ?? '';
      return {
        line,
        title: `Overall absence – ${label}`,
        figures: years,
        polarity: lowerIsBetter,
      };
    }),
  };
};

const establishments = ['Fairlawn', 'Croft /Sunrise', 'Southdowns /Windchimes'];

const gro = (line: number, group: string, parts: Array<[number, string]>): ExtraIndicator[] =>
  parts.map(([part, label]) => ({
    line,
    title: `${group} – ${label}`,
    figures: [{ cell: 1, part, measure: 'actual', period: '2006/07', column: '2006-07' }],
  }));

// '2007' and '2008 Forecast' are not periods this reader can settle (see the table's reading).
const contactCentre = (line: number, label: string, reprintOf?: string): ExtraIndicator => ({
  line,
  title: label,
  figures: [],
  ...(reprintOf ? { reprintOf } : {}),
});

/** Bulleted measures whose figures are stacked in each cell in the bullets' order, one per bullet. */
const stacked = (line: number, group: string, bullets: string[]): ExtraIndicator[] =>
  bullets.map((bullet, part) => ({
    line,
    title: `${group} – ${bullet}`,
    figures: [
      {
        cell: 1,
        part,
        measure: 'actual',
        period: '2006/07',
        column: 'Actual performance 2006/2007',
      },
      {
        cell: 2,
        part,
        measure: 'estimate',
        period: '2007/08',
        column: 'Estimated performance 2007/08',
      },
      { cell: 3, part, measure: 'target', period: '2008/09', column: 'Target 2008/09' },
    ],
  }));

export const extraTables: ExtraTable[] = [
  absence(5546),
  absence(10106),
  {
    headerLine: 7525,
    header: 'Fairlawn\tCroft /Sunrise\tSouthdowns /Windchimes',
    kind: 'activity',
    reading:
      'Respite & Residential Service Activity: establishments are the columns and each row names its measure and year. The 2007/08 occupancy rates cover April to December 2007 (40 weeks), as the row says, and are filed as year to date to December 2007; the 2007/08 children supported are the children on the unit database on 25.01.2008, as the row says.',
    indicators: establishments.flatMap((name, index) => [
      {
        line: 7526,
        title: `Occupancy rate (based on dependency ratings) – ${name}`,
        figures: [
          {
            cell: index + 1,
            measure: 'actual' as const,
            period: '2007-12',
            basis: 'ytd' as const,
            column: `${name}, Actual Occupancy Rate 07/08 … Based on period April 07 – Dec 07 (40 weeks)`,
          },
          {
            line: 7527,
            cell: index + 1,
            measure: 'target' as const,
            period: '2008/09',
            column: `${name}, Target Occupancy Rate 08/09`,
          },
        ],
      },
      {
        line: 7528,
        title: `Number of children supported – ${name}`,
        figures: [
          {
            cell: index + 1,
            measure: 'estimate' as const,
            period: '2007/08',
            column: `${name}, Estimated Children Supported 07/08 (children on the Unit's database as of 25.01.2008)`,
          },
          {
            line: 7529,
            cell: index + 1,
            measure: 'target' as const,
            period: '2008/09',
            column: `${name}, Target No. Children Supported 08/09`,
          },
        ],
      },
    ]),
  },
  {
    headerLine: 23613,
    header: 'Indicator\t2006-07',
    kind: 'performance',
    reading:
      'GRO Key Performance Indicators: each row lists its measures as bullets and prints their 2006-07 figures stacked in one cell, in the same order. The header prints the year alone; a past year in a 2008/09 plan, so the figures are filed as actuals. Where the bullets and figures do not pair one to one (waiting times: five bullets, four figures) nothing is filed.',
    indicators: [
      ...gro(23614, 'Events registered within statutory timeframe', [
        [0, '% of births registered within 42 days'],
        [1, 'Total number of births registered'],
        [2, '% of still births registered'],
        [3, 'Total number of still births registered'],
        [4, '% of deaths registered within 5 day'],
        [5, 'Total number of deaths registered'],
      ]),
      ...gro(23616, 'Certificate applications', [
        [0, '% of applications dealt with within 5 days of receipt'],
      ]),
      ...gro(23617, 'Customer satisfaction surveys', [[0, '% of satisfied customers']]),
      ...gro(23618, 'Complaints', [
        [0, 'Total number of formal complaints received'],
        [1, '% of all registrations'],
      ]),
    ],
  },
  {
    headerLine: 24473,
    header: '<u>Core Activity Levels</u>\t<u>2007</u>\t<u>2008 Forecast</u>',
    kind: 'activity',
    reading:
      'Core Activity Levels prints its figures under "2007" and "2008 Forecast". Its answer rate, calls answered within 20 secs and depth of service (96.5% and 95%, 83% and 80%, 85% and 80%) are the figures the Key Performance Indicators table gives as the 2007/08 estimate and the 2008/09 target (lines 24397 to 24399), so "2007" may mean 2007/08 and the "forecast" a target. The paper does not say, so no figure of this table is filed: those three rows are cited on the indicators of lines 24397 to 24399, and the rest are quoted here',
    indicators: [
      contactCentre(24474, 'Calls handled'),
      contactCentre(24475, 'Calls answered'),
      contactCentre(24476, 'Answer rate', 'bp2008-contact-centre-answer-rate'),
      contactCentre(
        24477,
        'Calls answered within 20 secs',
        'bp2008-contact-centre-answered-within-20-seconds',
      ),
      contactCentre(24478, 'Depth of service', 'bp2008-contact-centre-depth-of-service'),
      contactCentre(24479, 'Other Contacts (emails, faxes and post)'),
    ],
  },
  {
    headerLine: 10160,
    header:
      'Indicator <i>local/operational indicators as well as national ones, categorised if appropriate e.g. as LAA, T2010, CPA, BVPI, PAF</i>\tActual performance 2006/2007\tEstimated performance 2007/08\tTarget 2008/09',
    kind: 'performance',
    split: [10161, 10165],
    reading:
      'Two rows of the Clusters table list several measures as bullets and print one figure per bullet, stacked in the same order, in every column (two on line 10161, four on line 10165); each bullet is read as its own indicator. The Healthy Schools row (line 10164) is not split: its bullets are percentages but its 2006/07 cell prints "81.3%", "546" and "281", so which figure answers which bullet is not certain, and it is kept as printed',
    indicators: [
      ...stacked(10161, 'Raising Standards of Achievement', [
        '%age of pupils achieving level 4+ English',
        '%age of pupils achieving level 4+ Maths',
      ]),
      ...stacked(
        10165,
        'Children in care: proportion of looked after children achieving relevant standard',
        [
          'Key Stage 2 Level 4+ English/Maths average',
          'Key Stage 3 Level 5+ English/Maths average',
          '5 A*-G or equivalent by age 18',
          '1 A*-G or equivalent on leaving care age 16+',
        ],
      ),
    ],
  },
  {
    headerLine: 14944,
    header: 'Target\tDescription\tKCC Target\tCED Target\tCED 2007/08 Q2 Actual',
    kind: 'performance',
    reading:
      "Equalities targets: the figures are the Chief Executive's Department's (CED), not the county's, so they are kept apart from the county BVPI series. Only the 'CED 2007/08 Q2 Actual' column names a period; the 'KCC Target' and 'CED Target' columns name none, so both are filed for 2007/08, the year of that actual (a target for the plan year 2008/09 would differ: the county's own BVPI 11a target for 2008/09 is 50%, against the 47% KCC Target here). The CED Target is this indicator's; the KCC Target, the whole council's, is filed on a companion indicator of its own",
    indicators: [14945, 14946, 14947, 14948, 14949].map((line) => ({
      line,
      title: '',
      figures: [
        { cell: 3, measure: 'target' as const, period: '2007/08', column: 'CED Target' },
        {
          cell: 4,
          measure: 'actual' as const,
          period: '2007/08 Q2',
          column: 'CED 2007/08 Q2 Actual',
        },
      ],
      companion: { cell: 2, measure: 'target' as const, period: '2007/08', column: 'KCC Target' },
    })),
  },
];

function cellText(document: SeedDocument, line: number, figure: Figure): string {
  const raw = document.line(figure.line ?? line).split('\t')[figure.cell] ?? '';
  if (figure.part === undefined) return raw;
  const parts = [...raw.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((match) => match[1] ?? '');
  return parts[figure.part] ?? '';
}

export interface ExtraResult {
  indicators: Indicator[];
  observations: Observation[];
  notes: QualityNote[];
}

export function readExtraTables(
  document: SeedDocument,
  sections: Section[],
  takenIds: ReadonlySet<string>,
  cite: (id: string, line: number) => void,
): ExtraResult {
  const indicators: Indicator[] = [];
  const observations: Observation[] = [];
  const notes: QualityNote[] = [];
  for (const table of extraTables) {
    if (document.line(table.headerLine).trim() !== table.header) {
      throw new Error(
        `business plans: line ${table.headerLine} should be the header "${table.header}"`,
      );
    }
    const nodeId = sections.find(
      (section) => section.from <= table.headerLine && table.headerLine <= section.to,
    )?.nodeId;
    if (!nodeId) throw new Error(`business plans: line ${table.headerLine} is in no plan`);
    const ids: string[] = [];
    const quoted: string[] = [];
    for (const spec of table.indicators) {
      const cells = document.line(spec.line).split('\t').map(printedCell);
      if (table.headerLine === 24473)
        quoted.push(`${cells[0]}: "${cells[1]}" (2007), "${cells[2]}" (2008 Forecast)`);
      if (spec.reprintOf) {
        if (!takenIds.has(spec.reprintOf))
          throw new Error(
            `business plans: line ${spec.line} reprints ${spec.reprintOf}, not found`,
          );
        cite(spec.reprintOf, spec.line);
        ids.push(spec.reprintOf);
        continue;
      }
      // The equalities rows print their code and description in the first two cells.
      const title =
        spec.title || `${cells[0] ?? ''} (Chief Executive's Department): ${cells[1] ?? ''}`;
      const id = `bp2008-${nodeId}-${titleSlug(title)}`;
      if (takenIds.has(id) || ids.includes(id) || table.indicators.some((o) => o.reprintOf === id))
        throw new Error(`business plans: extra table id ${id} is taken`);
      ids.push(id);
      const printedCells = spec.figures.map((figure) =>
        printedCell(cellText(document, spec.line, figure)),
      );
      const polarity = spec.polarity
        ? { polarity: spec.polarity.polarity, polarityReason: spec.polarity.reason }
        : polarityFor(title, table.kind);
      indicators.push({
        id,
        title,
        codes: [],
        kind: table.kind,
        ...polarity,
        unit: unitFor(title, printedCells),
        frequency: 'annual',
        rule:
          table.kind === 'activity'
            ? { type: 'not-rated', reason: 'activity' }
            : spec.figures.some((figure) => figure.measure === 'target')
              ? { type: 'target-floor' }
              : { type: 'not-rated', reason: spec.figures.length > 0 ? 'no-target' : 'no-data' },
        owners: [{ nodeId, role: 'lead', structureId: 'kcc-2008' }],
        provenance: [
          ...new Set([spec.line, ...spec.figures.map((figure) => figure.line ?? spec.line)]),
        ].map((line) => document.at(line)),
      });
      spec.figures.forEach((figure, index) => {
        const printed = printedCells[index] ?? '';
        if (printed === '') return;
        const provenance = document.at(figure.line ?? spec.line, `column "${figure.column}"`);
        const base = {
          indicatorId: id,
          area: 'kent',
          period: figure.period,
          basis: figure.basis ?? ('period' as const),
          measure: figure.measure,
          printed,
          provenance,
        };
        const cell = readPlanCell(printed);
        if (!Array.isArray(cell) && cell.kind === 'value') {
          observations.push({ ...base, value: cell.value });
        } else if (!Array.isArray(cell) && cell.kind === 'missing') {
          observations.push({
            ...base,
            value: null,
            missing: { reason: cell.reason, text: cell.text },
          });
          if (cell.reason === 'garbled')
            notes.push({
              id: `bp2008-garbled-${spec.line}-${slug(title).slice(-40).replace(/^-+/, '')}`,
              kind: 'garbled',
              text: `"${printed}" (${title}, ${figure.column}) is not a number as printed (a thousands separator in the wrong place); it is kept with no value rather than guessed.`,
              indicatorIds: [id],
              provenance: [document.at(spec.line)],
            });
        }
      });
      if (spec.companion) {
        const companion = companionOf(document, spec, spec.companion, {
          id,
          title,
          nodeId,
          cells,
          polarity,
        });
        indicators.push(companion.indicator);
        observations.push(...companion.observations);
        ids.push(companion.indicator.id);
      }
      if (table.headerLine === 14944)
        quoted.push(`${cells[0]}: KCC Target "${cells[2]}", CED Target "${cells[3]}"`);
    }
    notes.push({
      id: `bp2008-layout-${table.headerLine}`,
      kind: 'ambiguous',
      text: quoted.length > 0 ? `${table.reading}: ${quoted.join('; ')}.` : table.reading,
      indicatorIds: ids,
      provenance: [document.at(table.headerLine)],
    });
  }
  return { indicators, observations, notes };
}

/**
 * The whole council's figure printed on a department's row (the KCC Target beside the CED
 * Target): an indicator of its own, "(whole council)", with the same row as provenance.
 */
function companionOf(
  document: SeedDocument,
  spec: ExtraIndicator,
  figure: Figure,
  main: {
    id: string;
    title: string;
    nodeId: string;
    cells: string[];
    polarity: Pick<Indicator, 'polarity' | 'polarityReason'>;
  },
): { indicator: Indicator; observations: Observation[] } {
  const id = `${main.id.slice(0, 100)}-kcc`;
  const printed = printedCell(cellText(document, spec.line, figure));
  const cell = readPlanCell(printed);
  const indicator: Indicator = {
    id,
    title: `${main.cells[0] ?? ''} (whole council, KCC): ${main.cells[1] ?? ''}`,
    codes: [],
    kind: 'performance',
    ...main.polarity,
    unit: unitFor(main.title, [printed]),
    frequency: 'annual',
    rule: { type: 'target-floor' },
    description: `The county-wide target printed beside the Chief Executive's Department's own figures (${main.title}); the paper prints no county-wide result on this row.`,
    owners: [{ nodeId: main.nodeId, role: 'reports', structureId: 'kcc-2008' }],
    provenance: [document.at(spec.line)],
  };
  const base = {
    indicatorId: id,
    area: 'kent',
    period: figure.period,
    basis: 'period' as const,
    measure: figure.measure,
    printed,
    provenance: document.at(spec.line, `column "${figure.column}"`),
  };
  const observation: Observation =
    !Array.isArray(cell) && cell.kind === 'value'
      ? { ...base, value: cell.value }
      : {
          ...base,
          value: null,
          missing: { reason: 'garbled', text: `could not read "${printed}"` },
        };
  return { indicator, observations: [observation] };
}

/** Rows of tables the table reader finds that are read here instead, one indicator per bullet. */
export const splitRows: ReadonlySet<number> = new Set(
  extraTables.flatMap((table) => table.split ?? []),
);

/** Keeps a bullet's own words in the id when its group's long title must be shortened. */
function titleSlug(title: string): string {
  const cut = title.lastIndexOf(' – ');
  if (slug(title).length < 80 || cut < 0) return slug(title).slice(0, 80).replace(/-+$/, '');
  return `${slug(title.slice(0, cut)).slice(0, 40).replace(/-+$/, '')}-${slug(title.slice(cut + 3))
    .slice(0, 60)
    .replace(/-+$/, '')}`;
}
