/**
 * Supporting Independence Programme, Annual Business Unit Operational Plan 2008/9 (draft) (000):
 * the Towards 2010 and LPSA 2 targets the unit leads or supports, from its key-targets table
 * (lines 176–191), with the figures of its 2007/08 performance review (lines 105–113).
 * This paper's tables are pipe-separated, not tab-separated.
 */
import type {
  Indicator,
  Observation,
  Provenance,
  QualityNote,
} from '../../../src/data/contract/dataset-schema';
import type { SeedDocument } from '../lib/seed';
import type { ExtractSource } from '../lib/source';
import { correctedFigure, figure, note, type CellOverride } from './paper-figures';

const DOCUMENT = '000_c658134f0934d186.txt';
/** The Cabinet pack (001) prints the same plan's review table again; its rows are cited here. */
const PLANS_DOCUMENT = '001_23223e66fe6ffd0f.txt';

/** Review-table rows of this plan (000) and the line the Cabinet pack (001) reprints each on. */
const REPRINT_LINES: ReadonlyArray<[line000: number, line001: number]> = [
  [110, 18547],
  [111, 18548],
  [112, 18549],
  [113, 18550],
];

/** Lines of the business plans pack (001) that reprint this plan's rows: filed once, from 000. */
export const reprintsOfTheProgrammePlan: ReadonlySet<number> = new Set(
  REPRINT_LINES.map(([, line001]) => line001),
);

/** Review of performance columns (line 105). */
const reviewColumns = [
  { index: 2, measure: 'actual', period: '2006/07', heading: 'Actual performance 2006/2007' },
  { index: 3, measure: 'estimate', period: '2007/08', heading: 'Estimated performance 2007/08' },
  { index: 4, measure: 'target', period: '2008/09', heading: 'Target 2008/09' },
] as const;

interface TargetSpec {
  id: string;
  code?: string;
  /** Line(s) of the key-targets table holding the title, lead and role. */
  keyLines: number[];
  /** Row of the 2007/08 review table, if any. */
  reviewLine?: number;
  kind: Indicator['kind'];
  unitLabel?: string;
  polarity: Indicator['polarity'];
  polarityReason: string;
  /** Cells the reader cannot take as figures, by review column index. */
  corrections?: Record<number, CellOverride>;
  /**
   * Review columns that print a change ("10%increase") rather than a figure for the year: filed on
   * a companion indicator, `<id>-change`, in percent.
   */
  changeColumns?: number[];
}

const targets: TargetSpec[] = [
  {
    id: 't2010-9',
    code: '9',
    keyLines: [180],
    reviewLine: 108,
    kind: 'milestone',
    polarity: 'lower-is-better',
    polarityReason: 'Worded as reducing the number of people dependent on welfare benefits.',
  },
  {
    id: 't2010-15',
    code: '15',
    keyLines: [181],
    reviewLine: 109,
    kind: 'milestone',
    polarity: 'unknown',
    polarityReason: 'A programme to deliver, with no measure printed.',
  },
  {
    id: 't2010-16',
    code: '16',
    keyLines: [182, 186],
    kind: 'milestone',
    polarity: 'higher-is-better',
    polarityReason: 'Worded as expanding the programme to more than 4,000 students.',
  },
  {
    id: 't2010-17',
    code: '17',
    keyLines: [187],
    kind: 'milestone',
    polarity: 'higher-is-better',
    polarityReason: 'Worded as doubling the number of participants.',
  },
  {
    id: 't2010-18',
    code: '18',
    keyLines: [188],
    reviewLine: 110,
    kind: 'performance',
    unitLabel: 'apprenticeship opportunities',
    polarity: 'higher-is-better',
    polarityReason: 'Worded as offering at least 1000 apprenticeship opportunities.',
    corrections: {
      4: {
        missing: {
          reason: 'other',
          text: 'Printed "180 450": two figures in one target cell; which is the 2008/09 target is not said',
        },
      },
    },
  },
  {
    id: 't2010-19',
    code: '19',
    keyLines: [189],
    reviewLine: 111,
    kind: 'performance',
    polarity: 'higher-is-better',
    polarityReason: 'Worded as building teams of young people to take part in community projects.',
  },
  {
    id: 't2010-20',
    code: '20',
    keyLines: [190],
    reviewLine: 112,
    kind: 'performance',
    unitLabel: 'business–education partnerships',
    polarity: 'higher-is-better',
    polarityReason:
      'The estimate and target are printed as increases ("10%increase", "15% increase").',
    changeColumns: [3, 4],
  },
  {
    id: 'sip2008-psa2-incapacity-benefit-claimants',
    reviewLine: 113,
    keyLines: [],
    kind: 'performance',
    unitLabel: 'Incapacity Benefit claimants',
    polarity: 'higher-is-better',
    polarityReason:
      'A count of long-term Incapacity Benefit claimants helped (line 146), rising from 35 to an estimated 100.',
  },
];

/**
 * A target the plan reports in words has no unit of its own; one with figures counts them.
 * The business plans catalogue declares the same Towards 2010 targets and takes this shape
 * from here, so the two declarations of each target merge without conflict.
 */
function shapeOf(spec: TargetSpec): TargetShape {
  return {
    kind: spec.kind,
    // Both copies of a target must say the same about which way is better (issue 12: target 18
    // was 'unknown' in the business plans' catalogue and higher-is-better here).
    polarity: spec.polarity,
    polarityReason: spec.polarityReason,
    unit:
      spec.kind === 'milestone'
        ? { type: 'text' }
        : { type: 'count', ...(spec.unitLabel ? { label: spec.unitLabel } : {}) },
    frequency: 'annual',
    // None of the targets with figures has a numeric 2008/09 target ('180 450', '15% increase', blank).
    rule:
      spec.kind === 'milestone'
        ? { type: 'milestone' }
        : { type: 'not-rated', reason: 'no-target' },
  };
}

type TargetShape = Pick<
  Indicator,
  'kind' | 'polarity' | 'polarityReason' | 'unit' | 'frequency' | 'rule'
>;

/** The kind, polarity, unit, frequency and rule this bundle declares for each Towards 2010 target it holds. */
export const supportingIndependenceTargetShapes: ReadonlyMap<string, TargetShape> = new Map(
  targets.filter((spec) => spec.code).map((spec) => [spec.id, shapeOf(spec)]),
);

/** The programme's own node in the 2008/09 business-plan structure (its plan is in that pack too). */
const PROGRAMME_NODE = 'supporting-independence-programme';

function pipeCells(doc: SeedDocument, line: number): string[] {
  return doc
    .line(line)
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

const stripTags = (text: string) => text.replace(/<\/?u>/g, '').trim();

/** The two printings must agree, or the one set of figures would hide a difference. */
function checkReprint(own: string[], reprint: string[], line: number): void {
  const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
  if (!own.every((cell, index) => same(cell, reprint[index] ?? '')))
    throw new Error(
      `${PLANS_DOCUMENT}:${line} reprints ${own.join(' | ')} as ${reprint.join(' | ')}: record the difference`,
    );
}

/** A target printed as a change ("15% increase") is a figure of its own kind, in percent. */
function changeIndicator(
  spec: TargetSpec,
  doc: SeedDocument,
  reprint: Provenance | undefined | 0,
): Indicator {
  const line = spec.reviewLine ?? 0;
  return {
    id: `${spec.id}-change`,
    title: `Towards 2010 target ${spec.code ?? ''}: business–education partnerships, increase on the year before`,
    codes: [],
    kind: 'performance',
    polarity: 'higher-is-better',
    polarityReason:
      'The estimate and target are printed as increases ("10%increase", "15% increase").',
    unit: { type: 'percent', label: 'increase on the year before' },
    frequency: 'annual',
    rule: { type: 'target-floor' },
    description: `The 2007/08 estimate and 2008/09 target of Towards 2010 target ${spec.code ?? ''} are printed as increases on the year before, not as numbers of partnerships; they are filed here, apart from the 4,425 partnerships of 2006/07.`,
    owners: [{ nodeId: PROGRAMME_NODE, role: 'lead', structureId: 'kcc-2008' }],
    provenance: [doc.at(line), ...(reprint ? [reprint] : [])],
  };
}

export const supportingIndependence2008: ExtractSource = {
  file: 'supporting-independence-2008.json',
  extract(open) {
    const doc = open(DOCUMENT);
    const plans = open(PLANS_DOCUMENT);
    const indicators: Indicator[] = [];
    const observations: Observation[] = [];

    for (const spec of targets) {
      const key = spec.keyLines.map((line) => pipeCells(doc, line));
      const title = key.length
        ? key
            .map((cells) => cells[1] ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim()
        : stripTags(pipeCells(doc, spec.reviewLine ?? 0)[0] ?? '');
      const lead = key.map((cells) => cells[2] ?? '').find(Boolean) ?? '';
      const role = /^support$/i.test(lead) ? 'supports' : 'leads';
      // The key-targets table names a lead officer or says 'Support'; the review table only reports.
      const ownerRole = key.length === 0 ? 'reports' : role === 'leads' ? 'lead' : 'support';
      const rowObservations: Observation[] = [];
      const changeObservations: Observation[] = [];
      const reprintLine = REPRINT_LINES.find(([line000]) => line000 === spec.reviewLine)?.[1];
      if (spec.reviewLine) {
        const cells = ['', ...pipeCells(doc, spec.reviewLine)];
        if (reprintLine)
          checkReprint(cells.slice(2, 5), plans.cells(reprintLine).slice(1, 4), reprintLine);
        for (const column of reviewColumns) {
          const printed = cells[column.index - 1 + 1] ?? '';
          const isChange = spec.changeColumns?.includes(column.index) ?? false;
          const target = {
            indicatorId: isChange ? `${spec.id}-change` : spec.id,
            period: column.period,
            measure: column.measure,
          };
          const alsoPrinted = reprintLine
            ? `; also printed in the Cabinet pack of 14 April 2008 (${PLANS_DOCUMENT}, line ${reprintLine})`
            : '';
          if (isChange) {
            const change = /^(\d+(?:\.\d+)?)\s*%\s*increase$/.exec(printed);
            if (!change)
              throw new Error(`${DOCUMENT}:${spec.reviewLine}: "${printed}" is not "N% increase"`);
            changeObservations.push({
              ...figure(doc, spec.reviewLine, target, `${change[1]}%`, {
                note: `column: ${column.heading}; printed "${printed}", an increase on the year before${alsoPrinted}`,
              }),
              printed,
            });
            continue;
          }
          const correction = spec.corrections?.[column.index];
          if (correction) {
            const observation = correctedFigure(doc, spec.reviewLine, target, {
              ...correction,
              note: `column: ${column.heading}${alsoPrinted}`,
            });
            rowObservations.push({ ...observation, printed });
          } else if (printed) {
            rowObservations.push(
              figure(doc, spec.reviewLine, target, printed, {
                note: `column: ${column.heading}${alsoPrinted}`,
              }),
            );
          }
        }
      }
      observations.push(...rowObservations, ...changeObservations);
      indicators.push({
        id: spec.id,
        title,
        codes: spec.code ? [{ framework: 'T2010', code: spec.code }] : [],
        ...shapeOf(spec),
        polarity: spec.polarity,
        polarityReason: spec.polarityReason,
        description: [
          spec.code
            ? `Towards 2010 target ${spec.code}, in the Supporting Independence Programme's key corporate targets for 2008/09.`
            : 'LPSA 2 ("PSA2") target on long-term Incapacity Benefit claimants, from the Supporting Independence Programme\'s 2007/08 performance review; the title is printed cut short ("claimants of").',
          lead && role === 'leads' ? `Lead officer: ${lead}.` : '',
          role === 'supports' ? 'The Supporting Independence Programme supports this target.' : '',
        ]
          .filter(Boolean)
          .join(' '),
        owners: [{ nodeId: PROGRAMME_NODE, role: ownerRole, structureId: 'kcc-2008' }],
        provenance: [
          ...spec.keyLines.map((line) => doc.at(line)),
          ...(spec.reviewLine ? [doc.at(spec.reviewLine)] : []),
          ...(reprintLine
            ? [plans.at(reprintLine, 'the same row, reprinted in the Cabinet pack')]
            : []),
        ],
      });
      if (changeObservations.length > 0)
        indicators.push(changeIndicator(spec, doc, reprintLine && plans.at(reprintLine)));
    }

    const notes: QualityNote[] = [
      note(
        'sip2008-apprenticeship-target-two-figures',
        'ambiguous',
        'The 2008/09 target for the Kent Apprenticeship Scheme is printed "180 450": two figures in one cell (perhaps two measures, or a cell that ran into another). Kept as no value.',
        ['t2010-18'],
        [doc.at(110)],
      ),
      note(
        'sip2008-psa2-title-cut',
        'ambiguous',
        'The row title is printed cut short ("PSA2 Incapacity Benefit claimants of"), and the paper does not say which LPSA 2 indicator it is; the text refers to "PSA 2 target with long term Incapacity Benefit Claimants" (line 146). It may be the Kent Agreement\'s LPSA 8.x incapacity targets, but no code is attached.',
        ['sip2008-psa2-incapacity-benefit-claimants'],
        [doc.at(113), doc.at(146)],
      ),
    ];

    return {
      description: `Supporting Independence Programme operational plan 2008/9 (draft): ${indicators.length} Towards 2010 and LPSA 2 targets with the figures its 2007/08 review gives.`,
      indicators,
      observations,
      notes,
    };
  },
};
