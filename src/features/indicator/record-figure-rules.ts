/**
 * The words and checks of the Record a figure form, pure: what a person typed becomes a figure to
 * save or the errors beside each field, and a refused save becomes what the form shows next.
 */
import type { ConflictErrorBody, RecordActualInput, WritableMeasure } from '@/data/api/contract';
import type { Frequency } from '@/data/contract/dataset-schema';
import { formatPeriod, parsePeriod, toPeriodId } from '@/domain/periods';
import { readNumber } from '@/lib/read-number';
import { periodHints } from './period-hints';

export type FigureField = 'period' | 'value' | 'commentary' | 'basis';
export type FigureFormErrors = Partial<Record<FigureField | 'form' | 'signedOut', string>>;

const measureWords: Record<WritableMeasure, string> = {
  actual: 'figure',
  target: 'target',
  floor: 'floor',
};

/** What the form's status line says once a figure is saved. */
export function savedWords(
  input: Pick<RecordActualInput, 'basis' | 'measure' | 'period'>,
  shownValue: string,
): string {
  const basis = input.basis === 'ytd' ? 'year-to-date ' : '';
  const measure = measureWords[input.measure ?? 'actual'];
  return `Saved: the ${basis}${measure} for ${formatPeriod(input.period)} is ${shownValue}. The page now includes it.`;
}

/** The form's fields as typed. */
export interface FigureEntries {
  period: string;
  value: string;
  commentary: string;
  basis: string;
  measure: string;
}

export type FigureReading =
  | { ok: true; figure: Omit<RecordActualInput, 'area' | 'confirmPeriod' | 'reason'> }
  | { ok: false; errors: FigureFormErrors };

export function readFigureEntries(entries: FigureEntries, frequency: Frequency): FigureReading {
  const period = parsePeriod(entries.period);
  // '1,5' is refused, not saved as 15: a comma only separates thousands in groups of three.
  const reading = readNumber(entries.value);
  const errors: FigureFormErrors = {};
  if (period === null) {
    errors.period =
      entries.period.trim() === ''
        ? 'Enter the period the figure is for.'
        : `"${entries.period}" is not a period. ${periodHints[frequency]}`;
  }
  if (!reading.ok) {
    errors.value =
      entries.value.trim() === ''
        ? 'Enter the figure.'
        : `${reading.problem}. Enter the figure with a decimal point, for example 71.5.`;
  }
  if (period === null || !reading.ok) return { ok: false, errors };
  const commentary = entries.commentary.trim();
  const measure: WritableMeasure =
    entries.measure === 'target' || entries.measure === 'floor' ? entries.measure : 'actual';
  return {
    ok: true,
    figure: {
      period: toPeriodId(period),
      basis: entries.basis === 'ytd' ? 'ytd' : 'period',
      measure,
      value: reading.value,
      ...(commentary ? { commentary } : {}),
    },
  };
}

/** A refused save, as the API client reports it. */
export interface SaveRefusal {
  kind: string;
  status: number;
  field: string | undefined;
  message: string;
  conflict: ConflictErrorBody | undefined;
}

export type SaveOutcome =
  | { show: 'clash'; conflict: ConflictErrorBody }
  | { show: 'confirm-period'; message: string }
  | { show: 'errors'; errors: FigureFormErrors };

const FIELDS: readonly string[] = ['period', 'value', 'commentary', 'basis'];

/** What the form shows after a refused save: the clash, a period to confirm, or errors in words. */
export function saveRefusalOutcome(error: SaveRefusal): SaveOutcome {
  if (error.status === 409 && error.conflict) return { show: 'clash', conflict: error.conflict };
  if (error.kind === 'read-only') return { show: 'errors', errors: { form: error.message } };
  if (error.status === 401) {
    return {
      show: 'errors',
      errors: { signedOut: 'Your session has ended, so the figure was not saved.' },
    };
  }
  if (error.status === 403) {
    const why = error.message.replace(/^Could not save [^:]+: /, '');
    return {
      show: 'errors',
      errors: { form: `You may not change this indicator’s figures, so nothing was saved. ${why}` },
    };
  }
  const message = error.message.replace(
    /^Could not (load|save) the figure for indicator [^:]+: /,
    '',
  );
  if (error.field === 'confirmPeriod') return { show: 'confirm-period', message };
  return {
    show: 'errors',
    errors:
      error.field !== undefined && FIELDS.includes(error.field)
        ? { [error.field]: message }
        : { form: message },
  };
}
