/**
 * Customer & Communities Performance Dashboard, June 2012 (004, lines ~471–573 and the red
 * commentaries at ~412–415): the cc-2012 structure, every indicator row, its published RAGs,
 * and notes wherever the paper cannot be read for certain or its RAG cannot be reproduced.
 * The layout is in dashboard-2012.rows.ts, the rules and wording in dashboard-2012.figures.ts.
 */
import type {
  Commentary,
  Indicator,
  Observation,
  OrgNode,
  QualityNote,
} from '../../../src/data/contract/dataset-schema';
import { readCell } from '../lib/cells';
import type { SeedDocument } from '../lib/seed';
import { slug, type ExtractSource } from '../lib/source';
import {
  dashboardCorrections,
  type DashboardColumn,
  type RowCorrection,
} from './dashboard-2012.corrections';
import {
  describe,
  mismatchReason,
  MAY,
  plannedFigures,
  rowPolarity,
  yearToDateContradiction,
  type RowPolarity,
} from './dashboard-2012.figures';
import {
  columnsOf,
  DOT_LINES,
  rows,
  tables,
  type RowSpec,
  type TableKind,
} from './dashboard-2012.rows';
import {
  correctedFigure,
  figure,
  kentRag,
  note,
  parseRag,
  polarityFromFloor,
  splitFootnote,
} from './paper-figures';

const DOCUMENT = '004_02ef8f1cbe0338b4.txt';
const STRUCTURE = 'cc-2012';

/** Footnotes printed under the tables, keyed by their mark. */
const footnotes = (doc: SeedDocument): Record<string, string> => ({
  '¹': doc.line(506).replace(/^¹\s*/, '').trim(),
});

function isHeading(cells: string[]): boolean {
  return cells.slice(1).every((cell) => cell === '' || cell === '•');
}

function buildStructure(doc: SeedDocument) {
  const directorate: OrgNode = {
    id: 'customer-and-communities',
    name: 'Customer & Communities',
    kind: 'directorate',
    parentId: null,
    provenance: doc.at(393),
  };
  const nodes = new Map<string, OrgNode>([[directorate.id, directorate]]);
  const ownerOfLine = new Map<number, string>();
  for (const table of tables) {
    let division: OrgNode | undefined;
    let current: OrgNode | undefined;
    for (let line = table.from + 1; line <= table.to; line += 1) {
      const cells = doc.cells(line);
      if (cells.length < 2 || /^(Performance Indicator|Indicator|Activity)$/.test(cells[0] ?? ''))
        continue;
      const name = cells[0] ?? '';
      if (isHeading(cells)) {
        const isDivision = / Division$/.test(name);
        const id = slug(isDivision ? name.replace(/ Division$/, '') : name);
        const existing = nodes.get(id);
        const node: OrgNode = existing ?? {
          id,
          name,
          kind: isDivision ? 'division' : 'unit',
          parentId: isDivision ? directorate.id : (division?.id ?? directorate.id),
          provenance: doc.at(line),
        };
        nodes.set(id, node);
        if (isDivision) division = node;
        current = node;
        continue;
      }
      if (current) ownerOfLine.set(line, current.id);
    }
  }
  return { nodes: [...nodes.values()], ownerOfLine };
}

interface Reading {
  printed?: string;
  override?: RowCorrection['cells'][DashboardColumn];
}

function readRow(
  doc: SeedDocument,
  line: number,
  kind: TableKind,
  correction?: RowCorrection,
): Partial<Record<DashboardColumn, Reading>> {
  const cells = doc.cells(line);
  const columns = columnsOf[kind];
  const out: Partial<Record<DashboardColumn, Reading>> = {};
  columns.forEach((column, index) => {
    if (!column) return;
    const shifted =
      correction?.shiftedLeft && ['target', 'floor', 'previous'].includes(column)
        ? cells[index - correction.shiftedLeft]
        : cells[index];
    out[column] = { printed: shifted };
  });
  if (!correction) return out;
  for (const column of columns) {
    if (!column || correction.cells[column]) continue;
    const moved = ['target', 'floor', 'previous'].includes(column);
    if (correction.shiftedLeft && !moved) out[column] = undefined;
    // Stray pieces of a message the conversion split over several cells are dropped.
    else if (!correction.shiftedLeft && isFragment(out[column]?.printed)) out[column] = undefined;
  }
  for (const [column, override] of Object.entries(correction.cells)) {
    out[column as DashboardColumn] = { override };
  }
  return out;
}

/** A piece of a message the conversion split over several cells (never a figure or a RAG). */
function isFragment(printed: string | undefined): boolean {
  if (!printed) return false;
  const text = splitFootnote(printed).text;
  return (
    !parseRag(text) && readCell(text).value === null && !/^(TBC|ТВС|New indicator)$/i.test(text)
  );
}

function numberOf(observation: Observation | undefined): number | null {
  return observation?.value ?? null;
}

/** One indicator row of a table, with what is needed to read it. */
interface IndicatorRow {
  doc: SeedDocument;
  line: number;
  kind: TableKind;
  spec: RowSpec;
  correction: RowCorrection | undefined;
}

/** Every indicator row of the three tables, in the order they are printed. */
function* indicatorRows(doc: SeedDocument): Generator<IndicatorRow> {
  for (const table of tables) {
    for (let line = table.from + 1; line <= table.to; line += 1) {
      const spec = rows[line];
      if (!spec) continue;
      yield { doc, line, kind: table.kind, spec, correction: dashboardCorrections[line] };
    }
  }
}

/** The row's figures as printed (or as corrected), keyed by column, in the order they are filed. */
function readFigures(
  row: IndicatorRow,
  marks: Record<string, string>,
): Map<DashboardColumn, Observation> {
  const { doc, line, correction } = row;
  const reading = readRow(doc, line, row.kind, correction);
  const made = new Map<DashboardColumn, Observation>();
  for (const { column, target, ragColumn, note: figureNote } of plannedFigures(
    row.kind,
    row.spec,
  )) {
    const cell = reading[column];
    if (!cell) continue;
    const rag = ragColumn ? parseRag(reading[ragColumn]?.printed) : undefined;
    if (cell.override) {
      const observation = correctedFigure(doc, line, target, cell.override, rag);
      observation.provenance = doc.at(line, cell.override.note ?? correction?.reason);
      made.set(column, observation);
    } else if (cell.printed) {
      made.set(
        column,
        figure(doc, line, target, cell.printed, {
          publishedRag: rag,
          footnotes: marks,
          note: figureNote,
        }),
      );
    }
  }
  return made;
}

function indicatorOf(
  row: IndicatorRow,
  title: string,
  polarity: RowPolarity,
  ownerId: string,
): Indicator {
  const isActivity = row.kind === 'activity';
  return {
    id: row.spec.id,
    title,
    codes: [],
    kind: isActivity ? 'activity' : 'performance',
    polarity: polarity.polarity,
    polarityReason: polarity.reason,
    unit: row.spec.unit,
    frequency: row.spec.frequency ?? (row.kind === 'annual' ? 'annual' : 'monthly'),
    rule: isActivity ? { type: 'not-rated', reason: 'activity' } : { type: 'target-floor' },
    ...(row.spec.profile ? { profile: row.spec.profile } : {}),
    description: describe(row.kind, title),
    owners: [{ nodeId: ownerId, role: 'lead', structureId: STRUCTURE }],
    provenance: [row.doc.at(row.line)],
  };
}

interface RatingCheck {
  published: number;
  reproduced: number;
  mismatches: QualityNote[];
}

/** Check every published RAG against Kent's rule with the printed target and floor. */
function checkPublishedRags(
  row: IndicatorRow,
  made: Map<DashboardColumn, Observation>,
  polarity: RowPolarity,
): RatingCheck {
  const check: RatingCheck = { published: 0, reproduced: 0, mismatches: [] };
  const target = made.get('target');
  const floor = made.get('floor');
  for (const column of ['month', 'ytd', 'forecast'] as const) {
    const observation = made.get(column);
    if (!observation?.publishedRag) continue;
    check.published += 1;
    const value = observation.value;
    const ours =
      value !== null && target?.value != null && floor?.value != null
        ? kentRag(value, target.value, floor.value, polarity.polarity)
        : null;
    if (ours === observation.publishedRag) {
      check.reproduced += 1;
      continue;
    }
    check.mismatches.push(
      note(
        `cc2012-rating-mismatch-line-${row.line}-${column}`,
        'rating-mismatch',
        mismatchReason(column, observation, ours, target?.printed, floor?.printed, row.spec),
        [row.spec.id],
        [row.doc.at(row.line)],
      ),
    );
  }
  return check;
}

/** The notes of one row: a reading left ambiguous, RAGs not reproduced, a contradicted total. */
function rowNotes(row: IndicatorRow, made: Map<DashboardColumn, Observation>, check: RatingCheck) {
  const { doc, line, spec, correction } = row;
  const notes: QualityNote[] = [];
  if (correction?.ambiguous) {
    notes.push(
      note(
        `cc2012-ambiguous-line-${line}`,
        'ambiguous',
        correction.ambiguous,
        [spec.id],
        [doc.at(line)],
      ),
    );
  }
  notes.push(...check.mismatches);
  if (row.kind === 'activity') {
    const contradiction = yearToDateContradiction(
      made.get('april'),
      made.get('may'),
      made.get('ytd'),
    );
    if (contradiction) {
      notes.push(
        note(
          `cc2012-ytd-contradiction-line-${line}`,
          'contradiction',
          contradiction,
          [spec.id],
          [doc.at(line)],
        ),
      );
    }
  }
  return notes;
}

/** What the paper as a whole leaves uncertain, beyond any one row. */
function paperNotes(doc: SeedDocument): QualityNote[] {
  return [
    note(
      'cc2012-direction-of-travel-lost',
      'direction-lost',
      'The dashboard\'s direction-of-travel (DOT) arrows were lost in the conversion: "improved" and "fallen" print as the same glyph (Û/û), and one row shows a stray character (让). Only the athletes row keeps the "unchanged" sign (⇔). No direction is taken from these glyphs; Ragstone works direction out from the figures where it has them.',
      DOT_LINES.map((line) => rows[line]?.id ?? '').filter(Boolean),
      [doc.at(459), doc.at(460), doc.at(461), ...DOT_LINES.map((line) => doc.at(line))],
    ),
    note(
      'cc2012-library-visits-ytd-garbled',
      'garbled',
      'The year-to-date library visits are printed "1,018m": a thousands separator with a millions scale, which cannot be read (1.018m and 1,018k are both possible). Kept as no value; the published Amber is kept.',
      ['cc2012-library-visits'],
      [doc.at(483)],
    ),
    note(
      'cc2012-commentary-line-414',
      'ambiguous',
      'The second commentary row is labelled only "Percentage of deaths" (a fragment of the next row\'s label), but its text continues the contact-centre commentary about call volumes, so it is filed under the Grade 1 calls indicator.',
      ['cc2012-grade-1-calls-answered-in-20-seconds', 'cc2012-deaths-registered-within-5-days'],
      [doc.at(414)],
    ),
    note(
      'cc2012-academic-year-targets',
      'ambiguous',
      'These two indicators are measured "in the academic year", but the dashboard gives business-plan year-end figures without saying which academic year; they are filed under 2012/13 (target, floor) and 2011/12 (previous year) as the columns say.',
      ['cc2012-apprentices-completing-training', 'cc2012-learners-completing-accredited-courses'],
      [doc.at(532), doc.at(533)],
    ),
  ];
}

/** The red commentaries printed above the tables (lines 413–415). */
function commentaryOf(doc: SeedDocument): Commentary[] {
  return [
    {
      indicatorId: 'cc2012-grade-1-calls-answered-in-20-seconds',
      area: 'kent',
      period: MAY,
      text: (doc.cells(413)[1] ?? '').trim(),
      provenance: doc.at(413),
    },
    {
      indicatorId: 'cc2012-grade-1-calls-answered-in-20-seconds',
      area: 'kent',
      period: MAY,
      text: (doc.cells(414)[1] ?? '').trim(),
      provenance: doc.at(
        414,
        'row labelled "Percentage of deaths"; its text continues the contact-centre commentary',
      ),
    },
    {
      indicatorId: 'cc2012-deaths-registered-within-5-days',
      area: 'kent',
      period: MAY,
      text: (doc.cells(415)[1] ?? '').trim(),
      provenance: doc.at(415),
    },
  ];
}

export const dashboard2012: ExtractSource = {
  file: 'dashboard-2012.json',
  extract(open) {
    const doc = open(DOCUMENT);
    const { nodes, ownerOfLine } = buildStructure(doc);
    const marks = footnotes(doc);
    const indicators: Indicator[] = [];
    const observations: Observation[] = [];
    const notes: QualityNote[] = [];
    let reproduced = 0;
    let published = 0;

    for (const row of indicatorRows(doc)) {
      const title = (doc.cells(row.line)[0] ?? '').trim();
      const made = readFigures(row, marks);
      observations.push(...made.values());
      const target = made.get('target');
      const floor = made.get('floor');
      const fromFloor = polarityFromFloor(numberOf(target), numberOf(floor), {
        target: target?.printed,
        floor: floor?.printed,
      });
      const polarity = rowPolarity(row.kind, fromFloor, row.spec.wording);
      const owner = ownerOfLine.get(row.line) ?? 'customer-and-communities';
      indicators.push(indicatorOf(row, title, polarity, owner));
      const check = checkPublishedRags(row, made, polarity);
      published += check.published;
      reproduced += check.reproduced;
      notes.push(...rowNotes(row, made, check));
    }
    notes.push(...paperNotes(doc));

    return {
      description: `Customer & Communities Performance Dashboard, June 2012 (published 20 June 2012): ${indicators.length} indicators; ${reproduced} of ${published} published RAGs reproduced from the printed target and floor.`,
      structures: [
        {
          id: STRUCTURE,
          name: 'Customer & Communities Directorate, 2012',
          asAt: '2012-06-20',
          nodes,
        },
      ],
      indicators,
      observations,
      commentary: commentaryOf(doc),
      notes,
    };
  },
};
