/**
 * The target form's refusals and confirmation, as plain functions: what is wrong with each field
 * before saving, how the server's refusal is shown, and what was saved.
 */
import { formatValue, type UnitInput } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import type { NumberReading } from '@/lib/read-number';

export type TargetField = 'year' | 'value' | 'reason';
export type TargetErrors = Partial<Record<TargetField | 'form', string>>;
export type Measure = 'target' | 'floor';

export const CHECK_FIELDS = 'Check the fields marked below.';

const isTargetField = (name: unknown): name is TargetField =>
  name === 'year' || name === 'value' || name === 'reason';

/** Why the typed value is not a number, or undefined when it is one. */
export function valueProblem(
  valueText: string,
  reading: NumberReading,
  measure: Measure,
): string | undefined {
  if (reading.ok) return undefined;
  return valueText.trim() === ''
    ? `Enter the new ${measure}.`
    : `${reading.problem}. Enter the ${measure} as a number, such as 97.5.`;
}

/** The server's refusal: beside its field when it names one, else at the head of the form. */
export function refusalErrors(error: {
  message: string;
  field: string | undefined;
  status: number;
}): TargetErrors {
  const message = error.message.replace(/^Could not save the \w+ for [^:]+: /, '');
  if (isTargetField(error.field)) return { form: CHECK_FIELDS, [error.field]: message };
  return {
    form:
      error.status === 409
        ? `${message} The figures below are now up to date; try again.`
        : message,
  };
}

/** 'The target for 2012/13 is now 97.5%.' */
export function savedMessage(
  measure: Measure,
  year: string,
  value: number,
  unit: UnitInput,
): string {
  return `The ${measure} for ${formatPeriod(year)} is now ${formatValue(value, unit)}.`;
}
