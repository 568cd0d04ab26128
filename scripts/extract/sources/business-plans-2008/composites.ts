/**
 * Cells that print several figures with words between them ("61.65% actual 61.97%", "East: 31
 * Mid: 49 West: 45", "Benchmark Target 4.63% Average Performance 4.98%", "Mobiles: 507 Horsa
 * huts: 28 Timber demount: 170"). The table reader keeps them as text; each reviewed rule below
 * splits them into figures, each with the cell's own provenance. A part is a different measure
 * of the same indicator, a different area, or a component indicator of its own.
 */
import type {
  Area,
  Indicator,
  Measure,
  MeasureUnit,
  Observation,
} from '../../../../src/data/contract/dataset-schema';
import { readCell } from '../../lib/cells';
import { slug } from '../../lib/source';
import { polarityFor } from './describe';

interface Part {
  /** The figure is the first capture group. */
  find: RegExp;
  /** A component indicator: `<id>-<slug of label>`, titled "<title> – <label>". */
  component?: string;
  unit?: MeasureUnit;
  measure?: Measure;
  area?: string;
  /** A figure the cell dates itself ("2005: 55"), not the column's period. */
  period?: string;
  /** What the part is, for the figure's provenance note. */
  says: string;
}

interface CompositeRule {
  lines: number[];
  parts: Part[];
}

const percent: MeasureUnit = { type: 'percent' };
const count: MeasureUnit = { type: 'count' };
const pounds: MeasureUnit = { type: 'currency' };
const FIGURE = '(£?\\d[\\d,]*(?:\\.\\d+)?[mk%]?)';
const after = (words: string) => new RegExp(`${words}\\s*${FIGURE}`, 'i');

/** KCC's three operational areas, named in the Property Group's visits row (line 12454). */
export const kccAreas: Area[] = [
  { id: 'kcc-east-area', name: 'KCC East area', type: 'other' },
  { id: 'kcc-mid-area', name: 'KCC Mid area', type: 'other' },
  { id: 'kcc-west-area', name: 'KCC West area', type: 'other' },
];

const reportedWithin = (first: string, second: string): Part[] => [
  {
    find: /^(\d+%)\s*\//,
    component: `within ${first}`,
    unit: percent,
    says: `the first figure: within ${first}`,
  },
  {
    find: /\/\s*(\d+%)$/,
    component: `within ${second}`,
    unit: percent,
    says: `the second figure: within ${second}`,
  },
];

export const compositeRules: CompositeRule[] = [
  {
    // "*BV11A – Top 5% Earners – Women | 46.52% | 61.65% actual 61.97% | 50.00%": an estimate and the actual.
    lines: [11110, 11111, 11112, 11113, 11114],
    parts: [
      { find: /^(\d+(?:\.\d+)?%) actual/, measure: 'estimate', says: 'the estimate' },
      { find: /actual (\d+(?:\.\d+)?%)$/, measure: 'actual', says: 'the actual printed after it' },
    ],
  },
  {
    lines: [12454],
    parts: [
      { find: after('East:'), area: 'kcc-east-area', says: 'East' },
      { find: after('Mid:'), area: 'kcc-mid-area', says: 'Mid' },
      { find: after('West:'), area: 'kcc-west-area', says: 'West' },
    ],
  },
  {
    lines: [12458],
    parts: [
      { find: after('Mobiles:'), component: 'mobiles', unit: count, says: 'Mobiles' },
      { find: after('Horsa huts:'), component: 'Horsa huts', unit: count, says: 'Horsa huts' },
      {
        find: after('Timber demount:'),
        component: 'timber demountables',
        unit: count,
        says: 'Timber demount',
      },
    ],
  },
  {
    // The return on cash balances against its benchmark (LIBID), both in one cell.
    lines: [14189],
    parts: [
      { find: after('Benchmark Target'), measure: 'target', says: 'the benchmark target' },
      { find: after('Average Performance'), says: 'the average performance' },
    ],
  },
  {
    lines: [12452],
    parts: [
      {
        find: after('New agreements:'),
        component: 'new agreements',
        unit: count,
        says: 'New agreements',
      },
      {
        find: after('Value received \\(from previous agreements\\):'),
        component: 'value received',
        unit: pounds,
        says: 'Value received',
      },
      { find: after('Value spent:'), component: 'value spent', unit: pounds, says: 'Value spent' },
    ],
  },
  {
    lines: [12457],
    parts: [
      { find: after('2005:'), period: '2005', says: 'schools logged on during 2005' },
      { find: after('2006:'), period: '2006', says: 'schools logged on during 2006' },
      { find: after('2007:'), period: '2007', says: 'schools logged on during 2007' },
    ],
  },
  {
    lines: [12459],
    parts: ['D1', 'D2', 'C1', 'C2'].map((grade) => ({
      find: after(`${grade}:`),
      component: `condition ${grade}`,
      unit: pounds,
      says: grade,
    })),
  },
  {
    lines: [11690],
    parts: [
      { find: /^([\d,]+) provisions/, component: 'provisions', unit: count, says: 'provisions' },
      { find: /([\d,]+) places$/, component: 'places', unit: count, says: 'places' },
    ],
  },
  {
    lines: [16879],
    parts: [
      { find: /^(£[\d,]+k)\//, component: 'amount', unit: pounds, says: 'the amount' },
      {
        find: /\/(\d+%)/,
        component: 'share of total income',
        unit: percent,
        says: 'the share of total income',
      },
    ],
  },
  {
    lines: [16171],
    parts: [
      { find: /^(\d+) produced/, component: 'produced', unit: count, says: 'produced' },
      { find: /(\d+) distributed$/, component: 'distributed', unit: count, says: 'distributed' },
    ],
  },
  {
    lines: [11025],
    parts: [
      {
        find: /^(\d+) (?:Secondary )?Schools (?:trained|to train)/i,
        component: 'schools trained',
        unit: count,
        says: 'schools trained',
      },
      {
        find: /(\d+) External assessments/i,
        component: 'external assessments',
        unit: count,
        says: 'external assessments',
      },
      {
        find: /(\d+) Self assessments/i,
        component: 'self assessments',
        unit: count,
        says: 'self assessments',
      },
    ],
  },
  {
    lines: [24020, 24022, 24025, 24027, 24029, 24138, 24140, 24142, 24144, 24146],
    parts: reportedWithin('4 weeks', '8 weeks'),
  },
  { lines: [24032, 24149], parts: reportedWithin('7 days', '14 days') },
];

export interface CompositeSplit {
  indicators: Indicator[];
  observations: Observation[];
}

/** Replaces each composite cell's text-only figure with the figures the rules read from it. */
export function splitComposites(
  indicators: Indicator[],
  observations: Observation[],
): CompositeSplit {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const components = new Map<string, Indicator>();
  const used = new Set<CompositeRule>();
  const out: Observation[] = [];
  for (const observation of observations) {
    const line = observation.provenance?.line ?? 0;
    const rule = compositeRules.find((candidate) => candidate.lines.includes(line));
    const printed = observation.printed ?? '';
    const parent = byId.get(observation.indicatorId);
    if (!rule || observation.value !== null || !parent) {
      out.push(observation);
      continue;
    }
    const figures = rule.parts.flatMap((part) => {
      const text = part.find.exec(printed)?.[1];
      if (text === undefined) return [];
      const reading = readCell(text);
      if (reading.value === null) return [];
      const indicatorId = part.component ? componentOf(parent, part, components).id : parent.id;
      // The cell's text-only reading (its `missing` reason) gives way to the figures read from it.
      const figure: Observation = {
        ...withoutMissing(observation),
        indicatorId,
        area: part.area ?? observation.area,
        period: part.period ?? observation.period,
        measure: part.measure ?? observation.measure,
        value: reading.value,
        printed,
        ...(observation.provenance
          ? {
              provenance: {
                ...observation.provenance,
                note: `${observation.provenance.note ? `${observation.provenance.note}; ` : ''}one of the figures in the cell "${printed}": ${part.says}`,
              },
            }
          : {}),
      };
      return [figure];
    });
    if (figures.length === 0) out.push(observation);
    else {
      used.add(rule);
      out.push(...figures);
    }
  }
  const unused = compositeRules.filter((rule) => !used.has(rule));
  if (unused.length > 0)
    throw new Error(
      `composite cells: no cell split on lines ${unused.map((r) => r.lines.join(', ')).join('; ')}`,
    );
  const touched = new Set(
    out
      .filter((o) => o.provenance?.note?.includes('one of the figures in the cell'))
      .map((o) => o.indicatorId),
  );
  const all = [...indicators, ...components.values()].map((indicator) =>
    touched.has(indicator.id) ? refreshed(indicator, out) : indicator,
  );
  return { indicators: all, observations: out };
}

/**
 * The rule and polarity were settled before the cell was split, when it held no figure: settle
 * them again from the figures and the (component's) title, as the table reader does.
 */
function refreshed(indicator: Indicator, observations: Observation[]): Indicator {
  if (indicator.kind !== 'performance' || indicator.rule.type !== 'not-rated') return indicator;
  const own = observations.filter((o) => o.indicatorId === indicator.id && o.value !== null);
  const hasTarget = own.some((o) => o.measure === 'target');
  const stated =
    indicator.polarity === 'unknown' ? polarityFor(indicator.title, 'performance') : null;
  const exceed = /\bto exceed\b/i.exec(indicator.title);
  return {
    ...indicator,
    ...(stated && stated.polarity !== 'unknown' ? stated : {}),
    ...(indicator.polarity === 'unknown' && exceed
      ? {
          polarity: 'higher-is-better',
          polarityReason: `the title says "${exceed[0]}" the benchmark`,
        }
      : {}),
    rule: hasTarget
      ? { type: 'target-floor' }
      : { type: 'not-rated', reason: own.length > 0 ? 'no-target' : 'no-data' },
  };
}

function componentOf(parent: Indicator, part: Part, components: Map<string, Indicator>): Indicator {
  const label = part.component ?? '';
  const id = `${parent.id.slice(0, 100).replace(/-+$/, '')}-${slug(label)}`;
  const existing = components.get(id);
  if (existing) return existing;
  const component: Indicator = {
    ...parent,
    id,
    title: `${parent.title} – ${label}`,
    codes: [],
    unit: part.unit ?? parent.unit,
    description: `A part of "${parent.title}": the paper prints it with the other parts in one cell.`,
  };
  components.set(id, component);
  return component;
}

function withoutMissing(observation: Observation): Omit<Observation, 'missing'> {
  const copy: Partial<Observation> = { ...observation };
  delete copy.missing;
  return copy as Omit<Observation, 'missing'>;
}
