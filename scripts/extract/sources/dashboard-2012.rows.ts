/**
 * The June 2012 dashboard's layout as a person read it (004, lines ~471–573): where each table
 * starts and ends, which cell is which column, and what each indicator row is (its id, unit,
 * frequency, the basis its title gives, and the phasing the paper does not print).
 */
import type {
  Indicator,
  MeasureUnit,
  Polarity,
  TargetProfile,
} from '../../../src/data/contract/dataset-schema';
import type { DashboardColumn } from './dashboard-2012.corrections';
import type { Basis } from './paper-figures';

export type TableKind = 'monthly' | 'annual' | 'activity';

export const tables: Array<{ kind: TableKind; from: number; to: number }> = [
  { kind: 'monthly', from: 473, to: 518 },
  { kind: 'annual', from: 522, to: 537 },
  { kind: 'activity', from: 541, to: 573 },
];

export const columnsOf: Record<TableKind, Array<DashboardColumn | null>> = {
  // Cell 0 is the title; the DOT column (3) carries no usable glyph.
  monthly: [null, 'month', 'monthRag', null, 'ytd', 'ytdRag', 'target', 'floor', 'previous'],
  annual: [null, 'forecast', 'forecastRag', 'target', 'floor', 'previous'],
  activity: [null, 'april', 'may', 'ytd', 'expected', 'previous'],
};

const percent: MeasureUnit = { type: 'percent' };
const count = (label?: string): MeasureUnit => ({ type: 'count', ...(label ? { label } : {}) });
const pounds: MeasureUnit = { type: 'currency', label: '£' };

export interface RowSpec {
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

export const rows: Record<number, RowSpec> = {
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

/** The DOT glyphs as the conversion left them, for the record (never read as directions). */
export const DOT_LINES = [
  476, 477, 478, 479, 480, 481, 483, 484, 485, 486, 491, 493, 494, 495, 515,
];
