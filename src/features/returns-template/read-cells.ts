/**
 * One template cell at a time: what it says, or why it cannot be used, in words a person can act
 * on. Formulas, errors, merged cells, dates where a number belongs and numbers where a period
 * belongs are each refused with what to do instead; nothing is guessed.
 */
import {
  distanceOutside,
  formatPeriod,
  parsePeriod,
  periodKindOf,
  toPeriodId,
  type PeriodKind,
} from '@/domain/periods';
import { cellText, type RawCell } from '@/lib/read-workbook';
import { readNumber, type NumberLocale } from '@/lib/read-number';

export type CellReading<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });
const refuse = (problem: string): CellReading<never> => ({ ok: false, problem });

/** The problem every kind shares: a cell that is not a plain value. */
function notPlain(cell: RawCell): string | null {
  switch (cell.kind) {
    case 'formula':
      return `holds a formula (${cell.formula.slice(0, 60)}); paste the value instead (Paste Special → Values).`;
    case 'error':
      return `holds the spreadsheet error ${cell.text}; put the figure in instead.`;
    case 'merged':
      return `is merged with other cells (${cell.range}); unmerge them so each row has its own value.`;
    default:
      return null;
  }
}

export function readText(
  cell: RawCell,
  maxLength: number,
  required: boolean,
): CellReading<string | null> {
  const plain = notPlain(cell);
  if (plain) return refuse(plain);
  const text = cellText(cell).trim();
  if (text === '') return required ? refuse('is empty; it is needed.') : ok(null);
  if (text.length > maxLength)
    return refuse(
      `is ${text.length.toLocaleString('en-GB')} characters long; at most ${maxLength.toLocaleString('en-GB')} fit.`,
    );
  return ok(text);
}

export function readChoice<T extends string>(
  cell: RawCell,
  choices: readonly T[],
  required: boolean,
): CellReading<T | null> {
  const text = readText(cell, 100, required);
  if (!text.ok) return text;
  if (text.value === null) return ok(null);
  const wanted = text.value.toLowerCase();
  const found = choices.find((choice) => choice.toLowerCase() === wanted);
  return found ? ok(found) : refuse(`"${text.value}" is not one of: ${choices.join(', ')}.`);
}

/** An Excel percentage cell stores 0.715 and shows 71.5%: Ragstone stores 71.5. */
const EXCEL_PERCENT = /%/;
const QUOTED_PERCENT = /"%"/;

export function readFigure(
  cell: RawCell,
  locale: NumberLocale,
  required: boolean,
): CellReading<number | null> {
  const plain = notPlain(cell);
  if (plain) return refuse(plain);
  switch (cell.kind) {
    case 'empty':
      return required ? refuse('is empty; give the figure.') : ok(null);
    case 'number':
      if (cell.format && EXCEL_PERCENT.test(cell.format) && !QUOTED_PERCENT.test(cell.format))
        return refuse(
          `is an Excel percentage (${cell.value} shown as ${Math.round(cell.value * 1000) / 10}%): the unit does not match, since Ragstone stores percentages as written. Type ${Math.round(cell.value * 1000) / 10} in a plain number cell.`,
        );
      return ok(cell.value);
    case 'date':
      return refuse(
        `is a date (${cell.iso}), not a number; format the cell as a number and type the figure.`,
      );
    case 'boolean':
      return refuse(`is ${cell.value ? 'TRUE' : 'FALSE'}, not a number.`);
    default: {
      const reading = readNumber(cellText(cell), locale);
      if (reading.ok) return ok(reading.value);
      const hint =
        reading.otherLocale === 'comma'
          ? ' If the file writes decimals with a comma, choose "Decimal comma" and read it again.'
          : reading.otherLocale === 'point'
            ? ' If the file writes decimals with a point, choose "Decimal point" and read it again.'
            : '';
      return refuse(`${reading.problem}.${hint}`);
    }
  }
}

/** Excel stores dates as days since 1899-12-30; periods typed as "Jun 2012" often become dates. */
const SERIAL_DATES = { from: 32_874, to: 73_051 }; // 1990-01-01 to 2099-12-31

function monthOfDate(iso: string): string {
  return iso.slice(0, 7);
}

export function readPeriod(cell: RawCell): CellReading<string> {
  const plain = notPlain(cell);
  if (plain) return refuse(plain);
  switch (cell.kind) {
    case 'empty':
      return refuse('is empty; give the period, such as 2012-06, Q1 2012/13 or 2012/13.');
    case 'date':
      // Excel turns "Jun 2012" into 1 June 2012: the month is what was meant.
      return ok(monthOfDate(cell.iso));
    case 'number':
      if (
        Number.isInteger(cell.value) &&
        cell.value >= SERIAL_DATES.from &&
        cell.value <= SERIAL_DATES.to
      ) {
        return refuse(
          `is the number ${cell.value}, which looks like a date stored as a number; type the period as text, such as 2012-06.`,
        );
      }
      break;
    case 'boolean':
      return refuse(`is ${cell.value ? 'TRUE' : 'FALSE'}, not a period.`);
    default:
      break;
  }
  const text = cellText(cell).trim();
  const period = parsePeriod(text, { hyphenated: 'month' });
  return period
    ? ok(toPeriodId(period))
    : refuse(
        `"${text.slice(0, 40)}" is not a period Ragstone reads; write it as 2012-06, Q1 2012/13, 2012/13 or AY 2011/12.`,
      );
}

const FREQUENCY_KINDS: Record<string, readonly PeriodKind[] | null> = {
  monthly: ['month'],
  quarterly: ['quarter'],
  annual: ['financial-year', 'calendar-year'],
  'academic-year': ['academic-year'],
  irregular: null,
};

const FREQUENCY_EXAMPLES: Record<string, string> = {
  monthly: 'a month, such as 2012-06',
  quarterly: 'a quarter, such as Q1 2012/13',
  annual: 'a financial year, such as 2012/13',
  'academic-year': 'an academic year, such as AY 2011/12',
  irregular: 'a period',
};

/** Further than this from an indicator's figures, a period is more likely a slip (the server agrees). */
const MONTHS_BEFORE_REFUSING = 36;

/** Whether the period fits the indicator: its frequency, and its years. */
export function periodFitProblem(
  period: string,
  indicator: { id: string; frequency: string; periods: readonly string[] },
): string | null {
  const allowed = FREQUENCY_KINDS[indicator.frequency] ?? null;
  const kind = periodKindOf(period);
  if (allowed !== null && (kind === null || !allowed.includes(kind)))
    return `${formatPeriod(period)} does not fit ${indicator.id}, which is reported ${indicator.frequency}: give ${FREQUENCY_EXAMPLES[indicator.frequency] ?? 'a period'}.`;
  const distance = distanceOutside(period, indicator.periods);
  if (distance && distance.months > MONTHS_BEFORE_REFUSING) {
    const years = Math.round(distance.months / 12);
    return `${formatPeriod(period)} is outside the indicator’s years: ${years} year${years === 1 ? '' : 's'} ${distance.side} its other figures. Check the period.`;
  }
  return null;
}

/** Words people write for a unit, and the unit type they mean. */
const UNIT_WORDS: Record<string, string> = {
  '%': 'percent',
  percentage: 'percent',
  '£': 'currency',
  gbp: 'currency',
  pounds: 'currency',
  number: 'count',
};

export function unitMismatch(cell: RawCell, unitType: string): string | null {
  const text = cellText(cell).trim().toLowerCase();
  if (text === '') return null;
  const meant = UNIT_WORDS[text] ?? text;
  return meant === unitType
    ? null
    : `says "${cellText(cell).trim()}" but this indicator is measured in ${unitType}: the unit does not match.`;
}
