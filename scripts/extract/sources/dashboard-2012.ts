/**
 * Customer & Communities Performance Dashboard, June 2012 (004, lines ~471–573 and the red
 * commentaries at ~412–415): the cc-2012 structure, every indicator row, its published RAGs,
 * and notes wherever the paper cannot be read for certain or its RAG cannot be reproduced.
 */
import type {
  Commentary,
  Indicator,
  MeasureUnit,
  Observation,
  OrgNode,
  Polarity,
  TargetProfile,
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
  correctedFigure,
  figure,
  kentRag,
  note,
  parseRag,
  polarityFromFloor,
  splitFootnote,
  type Basis,
  type FigureTarget,
} from './paper-figures';

const DOCUMENT = '004_02ef8f1cbe0338b4.txt';
const STRUCTURE = 'cc-2012';
const MAY = '2012-05';
const APRIL = '2012-04';
const YEAR = '2012/13';
const PREVIOUS = '2011/12';

type TableKind = 'monthly' | 'annual' | 'activity';

const tables: Array<{ kind: TableKind; from: number; to: number }> = [
  { kind: 'monthly', from: 473, to: 518 },
  { kind: 'annual', from: 522, to: 537 },
  { kind: 'activity', from: 541, to: 573 },
];

const columnsOf: Record<TableKind, Array<DashboardColumn | null>> = {
  // Cell 0 is the title; the DOT column (3) carries no usable glyph.
  monthly: [null, 'month', 'monthRag', null, 'ytd', 'ytdRag', 'target', 'floor', 'previous'],
  annual: [null, 'forecast', 'forecastRag', 'target', 'floor', 'previous'],
  activity: [null, 'april', 'may', 'ytd', 'expected', 'previous'],
};

const percent: MeasureUnit = { type: 'percent' };
const count = (label?: string): MeasureUnit => ({ type: 'count', ...(label ? { label } : {}) });
const pounds: MeasureUnit = { type: 'currency', label: '£' };

interface RowSpec {
  id: string;
  unit: MeasureUnit;
  frequency?: Indicator['frequency'];
  /** Basis of the month (or April/May) figure: the title says rolling 12 month or cumulative. */
  basis?: Basis;
  /** Polarity from the wording, where target and floor do not settle it. */
  wording?: { polarity: Polarity; reason: string };
  /** How the year-end target is phased over the months (the paper does not print it). */
  profile?: TargetProfile;
}

// The guidance (line 465) says targets are phased "where improvement is expected to be delivered
// steadily" and that the phasing is in the business plans, which are not among the papers.
const NOT_PRINTED = 'The dashboard phases this target but does not print the phasing (line 465); ';
const flatProfile: TargetProfile = {
  shape: 'flat',
  source: 'assumed',
  reason: `${NOT_PRINTED}Ragstone assumes a flat profile (the year-end target spread evenly, a twelfth a month), which reproduces both statuses the paper printed.`,
};
const seasonal = (what: string): TargetProfile => ({
  shape: 'not-printed',
  source: 'paper',
  reason: `${NOT_PRINTED}${what} follow the seasons, and neither a flat profile nor a straight line reproduces the paper's Amber, so Ragstone assumes none.`,
});

const rows: Record<number, RowSpec> = {
  476: { id: 'cc2012-grade-1-calls-answered-in-20-seconds', unit: percent },
  477: { id: 'cc2012-grade-1-calls-answered', unit: percent },
  478: { id: 'cc2012-grade-2-calls-answered-in-30-seconds', unit: percent },
  479: { id: 'cc2012-grade-2-calls-answered', unit: percent },
  480: { id: 'cc2012-grade-3-calls-answered-in-40-seconds', unit: percent },
  481: { id: 'cc2012-grade-3-calls-answered', unit: percent },
  483: {
    id: 'cc2012-library-visits',
    unit: count('visits'),
    profile: seasonal('Library visits'),
  },
  484: {
    id: 'cc2012-library-book-issues',
    unit: count('books issued'),
    profile: seasonal('Book issues'),
  },
  485: {
    id: 'cc2012-libraries-and-archives-website-visits',
    unit: count('visits'),
    basis: 'rolling-12',
  },
  486: { id: 'cc2012-deaths-registered-within-5-days', unit: percent },
  488: {
    id: 'cc2012-schools-in-kent-school-games',
    unit: count('schools'),
    frequency: 'irregular',
  },
  491: {
    id: 'cc2012-athletes-supported-to-compete-nationally',
    unit: count('athletes'),
    basis: 'cumulative',
    profile: {
      shape: 'straight-line-from-last-year',
      source: 'assumed',
      reason: `${NOT_PRINTED}this is a running total over four years, so Ragstone assumes it moves in a straight line from last year's 1,240 to the 1,350 target, which reproduces both statuses the paper printed.`,
    },
  },
  493: {
    id: 'cc2012-rogue-traders-disrupted',
    unit: count('rogue traders'),
    profile: flatProfile,
  },
  494: {
    id: 'cc2012-vulnerable-consumers-supported',
    unit: count('consumers'),
    profile: flatProfile,
  },
  495: { id: 'cc2012-days-to-resolve-prow-faults', unit: { type: 'days' }, basis: 'rolling-12' },
  498: {
    id: 'cc2012-first-time-entrants-per-100000',
    unit: { type: 'rate', per: 100000, label: '10 to 17 year olds' },
    frequency: 'quarterly',
  },
  499: { id: 'cc2012-yos-young-people-in-ete', unit: percent, frequency: 'quarterly' },
  500: { id: 'cc2012-yos-16-17-in-suitable-accommodation', unit: percent, frequency: 'quarterly' },
  501: { id: 'cc2012-custodial-sentences', unit: percent, frequency: 'quarterly' },
  502: { id: 'cc2012-remands-to-secure-estate', unit: percent, frequency: 'quarterly' },
  504: {
    id: 'cc2012-opiate-and-crack-users-completing-treatment',
    unit: percent,
    frequency: 'quarterly',
  },
  509: {
    id: 'cc2012-young-people-leaving-treatment-planned',
    unit: percent,
    frequency: 'quarterly',
  },
  510: {
    id: 'cc2012-supporting-people-independence-accommodation',
    unit: percent,
    frequency: 'quarterly',
  },
  511: {
    id: 'cc2012-supporting-people-independence-floating-support',
    unit: percent,
    frequency: 'quarterly',
  },
  512: {
    id: 'cc2012-supporting-people-move-on-accommodation',
    unit: percent,
    frequency: 'quarterly',
  },
  513: {
    id: 'cc2012-supporting-people-move-on-floating-support',
    unit: percent,
    frequency: 'quarterly',
  },
  515: {
    id: 'cc2012-recorded-crime-per-1000',
    unit: { type: 'rate', per: 1000, label: 'population' },
    basis: 'rolling-12',
  },
  518: {
    id: 'cc2012-kcc-website-satisfaction',
    unit: percent,
    frequency: 'irregular',
    wording: {
      polarity: 'higher-is-better',
      reason:
        'A share of users satisfied: higher is better (target and floor are still to be confirmed).',
    },
  },
  525: { id: 'cc2012-registration-income', unit: pounds },
  527: { id: 'cc2012-sport-external-funding', unit: pounds },
  528: { id: 'cc2012-arts-external-funding', unit: pounds },
  529: { id: 'cc2012-film-office-external-funding', unit: pounds },
  530: { id: 'cc2012-country-parks-income-against-expenditure', unit: percent },
  532: { id: 'cc2012-apprentices-completing-training', unit: percent, frequency: 'academic-year' },
  533: {
    id: 'cc2012-learners-completing-accredited-courses',
    unit: percent,
    frequency: 'academic-year',
  },
  535: {
    id: 'cc2012-big-society-fund-employment-opportunities',
    unit: count('employment opportunities'),
    wording: {
      polarity: 'higher-is-better',
      reason:
        'A number of new employment opportunities created: higher is better (the floor is still to be confirmed).',
    },
  },
  537: { id: 'cc2012-staff-who-feel-informed', unit: percent },
  544: { id: 'cc2012-gateway-footfall', unit: count('visitors'), frequency: 'quarterly' },
  546: { id: 'cc2012-marriage-ceremonies', unit: count('ceremonies') },
  547: { id: 'cc2012-licensed-wedding-venues', unit: count('venues'), frequency: 'annual' },
  549: { id: 'cc2012-country-parks-visitors', unit: count('visitors'), frequency: 'quarterly' },
  551: { id: 'cc2012-prow-faults-resolved', unit: count('faults') },
  552: { id: 'cc2012-kss-analytical-income', unit: pounds },
  553: { id: 'cc2012-kss-calibration-income', unit: pounds },
  554: { id: 'cc2012-countryside-partnership-projects', unit: count('projects') },
  557: { id: 'cc2012-youth-centre-attendances', unit: count('attendances') },
  558: { id: 'cc2012-youth-street-work-attendances', unit: count('attendances') },
  559: { id: 'cc2012-commissioned-youth-work-attendances', unit: count('attendances') },
  560: { id: 'cc2012-duke-of-edinburgh-enrolments', unit: count('enrolments') },
  563: { id: 'cc2012-youth-holiday-programme-attendances', unit: count('attendances') },
  564: { id: 'cc2012-kycc-election-votes', unit: count('votes'), frequency: 'irregular' },
  565: { id: 'cc2012-youth-accredited-outcomes', unit: count('young people') },
  567: {
    id: 'cc2012-adult-drug-users-in-treatment',
    unit: count('adults'),
    frequency: 'quarterly',
  },
  568: {
    id: 'cc2012-young-people-in-early-intervention',
    unit: count('young people'),
    frequency: 'quarterly',
  },
  569: { id: 'cc2012-alcohol-users-in-treatment', unit: count('adults'), frequency: 'quarterly' },
  571: { id: 'cc2012-big-society-fund-loans', unit: count('loans'), frequency: 'irregular' },
  573: { id: 'cc2012-kcc-website-visits', unit: count('visits') },
};

/** Footnotes printed under the tables, keyed by their mark. */
const footnotes = (doc: SeedDocument): Record<string, string> => ({
  '¹': doc.line(506).replace(/^¹\s*/, '').trim(),
});

/** The DOT glyphs as the conversion left them, for the record (never read as directions). */
const DOT_LINES = [476, 477, 478, 479, 480, 481, 483, 484, 485, 486, 491, 493, 494, 495, 515];

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

    for (const table of tables) {
      for (let line = table.from + 1; line <= table.to; line += 1) {
        const spec = rows[line];
        if (!spec) continue;
        const cells = doc.cells(line);
        const title = (cells[0] ?? '').trim();
        const correction = dashboardCorrections[line];
        const reading = readRow(doc, line, table.kind, correction);
        const id = spec.id;
        const made = new Map<DashboardColumn, Observation>();
        const add = (
          column: DashboardColumn,
          target: FigureTarget,
          ragColumn?: DashboardColumn,
        ) => {
          const cell = reading[column];
          if (!cell) return;
          const rag = ragColumn ? parseRag(reading[ragColumn]?.printed) : undefined;
          let observation: Observation;
          if (cell.override) {
            observation = correctedFigure(doc, line, target, cell.override, rag);
            observation.provenance = doc.at(line, cell.override.note ?? correction?.reason);
          } else {
            if (!cell.printed) return;
            observation = figure(doc, line, target, cell.printed, {
              publishedRag: rag,
              footnotes: marks,
              note:
                column === 'ytd' && spec.basis === 'rolling-12'
                  ? 'rolling 12 month indicator: the year-to-date column repeats the rolling 12 month figure'
                  : undefined,
            });
          }
          made.set(column, observation);
          observations.push(observation);
        };
        const monthBasis = spec.basis ?? 'period';
        if (table.kind === 'monthly') {
          add(
            'month',
            { indicatorId: id, period: MAY, measure: 'actual', basis: monthBasis },
            'monthRag',
          );
          // A rolling 12-month row repeats its figure under 'Year to date': it is the same
          // rolling figure (and kind), not a total since April.
          const ytdBasis = monthBasis === 'rolling-12' ? 'rolling-12' : 'ytd';
          add(
            'ytd',
            { indicatorId: id, period: MAY, measure: 'actual', basis: ytdBasis },
            'ytdRag',
          );
        }
        if (table.kind === 'annual') {
          add('forecast', { indicatorId: id, period: YEAR, measure: 'forecast' }, 'forecastRag');
        }
        if (table.kind === 'activity') {
          add('april', { indicatorId: id, period: APRIL, measure: 'actual', basis: monthBasis });
          add('may', { indicatorId: id, period: MAY, measure: 'actual', basis: monthBasis });
          add('ytd', { indicatorId: id, period: MAY, measure: 'actual', basis: 'ytd' });
          add('forecast', { indicatorId: id, period: YEAR, measure: 'forecast' });
          add('expected', { indicatorId: id, period: YEAR, measure: 'expected' });
        } else {
          add('target', { indicatorId: id, period: YEAR, measure: 'target' });
          add('floor', { indicatorId: id, period: YEAR, measure: 'floor' });
        }
        // A running total ('cumulative last 4 years') is one in the previous-year column too.
        add('previous', {
          indicatorId: id,
          period: PREVIOUS,
          measure: 'actual',
          ...(spec.basis === 'cumulative' ? { basis: 'cumulative' as const } : {}),
        });

        const isActivity = table.kind === 'activity';
        const target = made.get('target');
        const floor = made.get('floor');
        const fromFloor = polarityFromFloor(numberOf(target), numberOf(floor), {
          target: target?.printed,
          floor: floor?.printed,
        });
        const polarity: { polarity: Polarity; reason: string } = isActivity
          ? {
              polarity: 'no-judgement',
              reason: 'Activity indicator: it measures demand and is not rated.',
            }
          : (fromFloor ??
            spec.wording ?? {
              polarity: 'unknown',
              reason: 'No numeric target and floor, and the wording does not settle it.',
            });

        indicators.push({
          id,
          title,
          codes: [],
          kind: isActivity ? 'activity' : 'performance',
          polarity: polarity.polarity,
          polarityReason: polarity.reason,
          unit: spec.unit,
          frequency: spec.frequency ?? (table.kind === 'annual' ? 'annual' : 'monthly'),
          rule: isActivity ? { type: 'not-rated', reason: 'activity' } : { type: 'target-floor' },
          ...(spec.profile ? { profile: spec.profile } : {}),
          description: describe(table.kind, title),
          owners: [
            {
              nodeId: ownerOfLine.get(line) ?? 'customer-and-communities',
              role: 'lead',
              structureId: STRUCTURE,
            },
          ],
          provenance: [doc.at(line)],
        });

        if (correction?.ambiguous) {
          notes.push(
            note(
              `cc2012-ambiguous-line-${line}`,
              'ambiguous',
              correction.ambiguous,
              [id],
              [doc.at(line)],
            ),
          );
        }

        // Check every published RAG against Kent's rule with the printed target and floor.
        for (const column of ['month', 'ytd', 'forecast'] as const) {
          const observation = made.get(column);
          if (!observation?.publishedRag) continue;
          published += 1;
          const value = observation.value;
          const ours =
            value !== null && target?.value != null && floor?.value != null
              ? kentRag(value, target.value, floor.value, polarity.polarity)
              : null;
          if (ours === observation.publishedRag) {
            reproduced += 1;
            continue;
          }
          notes.push(
            note(
              `cc2012-rating-mismatch-line-${line}-${column}`,
              'rating-mismatch',
              mismatchReason(column, observation, ours, target?.printed, floor?.printed, spec),
              [id],
              [doc.at(line)],
            ),
          );
        }

        if (isActivity) notes.push(...checkYearToDate(doc, line, id, made));
      }
    }

    notes.push(
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
    );

    const commentary: Commentary[] = [
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
      commentary,
      notes,
    };
  },
};

function describe(kind: TableKind, title: string): string {
  const table =
    kind === 'monthly'
      ? 'Monthly and quarterly performance indicator'
      : kind === 'annual'
        ? 'Annual performance indicator (forecast rated against the year-end target)'
        : 'Activity indicator (compared with the expected level, not rated)';
  return `${table} on the Customer & Communities Performance Dashboard, June 2012: ${title}.`;
}

function mismatchReason(
  column: 'month' | 'ytd' | 'forecast',
  observation: Observation,
  ours: string | null,
  target: string | undefined,
  floor: string | undefined,
  spec: RowSpec,
): string {
  const label = column === 'month' ? 'month' : column === 'ytd' ? 'year-to-date' : 'forecast';
  const published = observation.publishedRag?.toUpperCase() ?? '';
  if (observation.value === null) {
    return `The published ${label} ${published} cannot be checked: the figure "${observation.printed}" cannot be read.`;
  }
  const phased =
    spec.unit.type === 'count' || spec.basis === 'cumulative'
      ? 'the figure counts part of the year against a year-end target, and the phased (profiled) target it was rated against is not printed'
      : 'a phased (profiled) target, not printed, was presumably used';
  const profile =
    spec.profile?.source === 'assumed'
      ? ` Ragstone's status assumes a ${spec.profile.shape === 'flat' ? 'flat profile' : 'straight line from last year'} instead, and says so.`
      : '';
  return `The published ${label} ${published} for ${observation.printed} cannot be reproduced from the year-end target ${target} and floor ${floor} (they give ${ours?.toUpperCase() ?? 'no rating'}): ${phased}.${profile}`;
}

/** April + May should make the year to date; where they don't, say so rather than choose. */
function checkYearToDate(
  doc: SeedDocument,
  line: number,
  id: string,
  made: Map<DashboardColumn, Observation>,
): QualityNote[] {
  const april = made.get('april')?.value;
  const may = made.get('may')?.value;
  const ytd = made.get('ytd')?.value;
  if (april == null || may == null || ytd == null) return [];
  if (Math.abs(april + may - ytd) < 0.5) return [];
  return [
    note(
      `cc2012-ytd-contradiction-line-${line}`,
      'contradiction',
      `April (${made.get('april')?.printed}) and May (${made.get('may')?.printed}) add up to ${(april + may).toLocaleString('en-GB')}, but the year to date is printed as ${made.get('ytd')?.printed}. All three are kept as printed.`,
      [id],
      [doc.at(line)],
    ),
  ];
}
