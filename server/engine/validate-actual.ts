/**
 * Checks a recorded actual against its indicator: the period must be one the indicator is reported
 * for (and near its other figures, unless confirmed), and the value must be possible for its unit.
 * Each refusal names the field at fault; 'confirmPeriod' means the confirmation is what is missing.
 */
import {
  recordActualRequestSchema,
  type ApiErrorBody,
  type RecordActualRequest,
  type WritableMeasure,
} from '@/data/api/contract';
import type { Frequency, Indicator, MeasureUnit } from '@/data/contract/dataset-schema';
import {
  describeMonthIndex,
  distanceOutside,
  formatPeriod,
  periodKindOf,
  type PeriodKind,
} from '@/domain/periods';

function refuse(error: string, field: string): { ok: false; status: 422; body: ApiErrorBody } {
  return { ok: false, status: 422, body: { error, field } };
}

const PERIOD_KINDS: Record<Frequency, readonly PeriodKind[] | null> = {
  monthly: ['month'],
  quarterly: ['quarter'],
  annual: ['financial-year', 'calendar-year'],
  'academic-year': ['academic-year'],
  irregular: null,
};

const KIND_WORDS: Record<PeriodKind, string> = {
  month: 'a month such as 2012-05',
  quarter: 'a quarter such as 2012/13 Q1',
  'financial-year': 'a financial year such as 2012/13',
  'calendar-year': 'a calendar year such as 2012',
  'academic-year': 'an academic year such as AY 2011/12',
};

/** Targets and floors are often set for the year even when figures come monthly. */
const YEARLY_KINDS: readonly PeriodKind[] = ['financial-year', 'calendar-year'];

function periodProblem(
  indicator: Indicator,
  period: string,
  measure: WritableMeasure,
): string | null {
  const allowed = PERIOD_KINDS[indicator.frequency];
  const kind = periodKindOf(period);
  if (kind === null) return `period "${period}" is not a period Ragstone can read.`;
  if (allowed === null || allowed.includes(kind)) return null;
  if (measure !== 'actual' && YEARLY_KINDS.includes(kind)) return null;
  return `period ${formatPeriod(period)} does not fit ${indicator.id}, which is reported ${indicator.frequency === 'academic-year' ? 'by academic year' : indicator.frequency}: give ${allowed.map((k) => KIND_WORDS[k]).join(' or ')}.`;
}

/** Further than this from an indicator's other figures, a period is more likely a slip than a fact. */
const MONTHS_BEFORE_CONFIRMING = 36;

/**
 * A figure for 'Jun 2102' on a 2012 indicator would become its latest and change its rating, so a
 * period far outside the indicator's years is refused until the person confirms it.
 */
function distantPeriodProblem(period: string, knownPeriods: readonly string[]): string | null {
  const distance = distanceOutside(period, knownPeriods);
  if (distance === null || distance.months <= MONTHS_BEFORE_CONFIRMING) return null;
  const years = Math.round(distance.months / 12);
  const span = `${describeMonthIndex(distance.span.first)} to ${describeMonthIndex(distance.span.last)}`;
  return `${formatPeriod(period)} is ${years} years ${distance.side} this indicator’s other figures (${span}). Check the period; if it is right, confirm it and save again.`;
}

function valueProblem(unit: MeasureUnit, value: number): string | null {
  switch (unit.type) {
    case 'percent':
      return value < 0 || value > 100
        ? `value ${value} is not a percentage between 0 and 100.`
        : null;
    case 'band':
      return Number.isInteger(value) && value >= 1 && value <= 5
        ? null
        : `value ${value} is not a performance band from 1 to 5.`;
    case 'text':
      return 'value cannot be recorded as a number: this indicator is reported in words.';
    case 'count':
    case 'rate':
    case 'days':
    case 'weeks':
    case 'ratio':
      return value < 0
        ? `value ${value} cannot be negative for a ${unit.type === 'rate' ? 'rate' : `figure in ${unit.type}`}.`
        : null;
    case 'currency':
    case 'score':
      return null;
  }
}

export function validateRecordActual(
  indicator: Indicator,
  raw: unknown,
  knownAreas: ReadonlySet<string>,
  /** The periods of the indicator's figures (or the dataset's, when it has none yet). */
  knownPeriods: readonly string[] = [],
): { ok: false; status: 422; body: ApiErrorBody } | { ok: true; request: RecordActualRequest } {
  const parsed = recordActualRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const field = issue?.path[0] === undefined ? 'body' : String(issue.path[0]);
    const message = issue?.message ?? 'the request does not match the contract';
    return refuse(message.startsWith(field) ? message : `${field}: ${message}`, field);
  }
  const request = parsed.data;
  if (request.area !== undefined && !knownAreas.has(request.area))
    return refuse(`area "${request.area}" is not an area in this dataset.`, 'area');
  const period = periodProblem(indicator, request.period, request.measure);
  if (period !== null) return refuse(period, 'period');
  if (request.confirmPeriod !== true) {
    const distant = distantPeriodProblem(request.period, knownPeriods);
    if (distant !== null) return refuse(distant, 'confirmPeriod');
  }
  const value = valueProblem(indicator.unit, request.value);
  if (value !== null) return refuse(value, 'value');
  const reason = request.reason?.trim();
  return {
    ok: true,
    request: { ...request, reason: reason === '' ? undefined : reason },
  };
}
