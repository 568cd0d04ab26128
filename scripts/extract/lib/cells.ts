/**
 * Reads table cells as the council papers print them. Never guesses: anything it cannot read
 * exactly comes back as missing with the reason, for a person to look at.
 */
import type { MissingReason } from '../../../src/data/contract/dataset-schema';

export type CellReading =
  | { value: number; printed: string; qualifier?: '<' | '>' | '≤' | '≥' | '~' }
  | { value: null; printed: string; missing: { reason: MissingReason; text: string } };

const missingPatterns: Array<[RegExp, MissingReason]> = [
  [/^(n\/?a|not applicable|-+|–|—)$/i, 'not-applicable'],
  [/^(tbc|tba|to be confirmed|to be agreed)$/i, 'to-be-confirmed'],
  [/reported (quarterly|annually|half[- ]yearly)|annual(ly)? only/i, 'reported-less-often'],
  [/not available|data not available|no data|not collected|n\/k|not known/i, 'not-available'],
  [/^new( indicator)?$/i, 'new-indicator'],
  [/available (from )?\w+|from (april|september)|not yet|due /i, 'not-yet-due'],
];

const scaleWords: Record<string, number> = { k: 1_000, m: 1_000_000, bn: 1_000_000_000 };

/** Normalises the Cyrillic and typographic look-alikes the PDF conversion left in cells. */
export function normaliseCell(printed: string): string {
  return printed
    .replace(/[ТT][ВB][СC]/g, 'TBC')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readCell(printed: string): CellReading {
  const text = normaliseCell(printed);
  if (text === '')
    return { value: null, printed, missing: { reason: 'not-available', text: 'blank' } };
  for (const [pattern, reason] of missingPatterns) {
    if (pattern.test(text)) return { value: null, printed, missing: { reason, text } };
  }
  const match =
    /^(<=|>=|[<>≤≥~])?\s*(-)?\s*£?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%|k|m|bn)?$/i.exec(text);
  if (!match)
    return {
      value: null,
      printed,
      missing: { reason: 'garbled', text: `could not read "${text}"` },
    };
  const [, rawQualifier, minus, whole = '', fraction = '', suffix = ''] = match;
  // '1,018m' is a thousands separator followed by a scale word: ambiguous, so refuse it.
  if (whole.includes(',') && /^(k|m|bn)$/i.test(suffix)) {
    return {
      value: null,
      printed,
      missing: { reason: 'garbled', text: `"${text}" mixes a thousands separator with a scale` },
    };
  }
  const scale = scaleWords[suffix.toLowerCase()] ?? 1;
  const unscaled = Number(`${whole.replace(/,/g, '')}${fraction}`);
  const value = roundScaled((minus ? -1 : 1) * unscaled * scale);
  const qualifier =
    ({ '<=': '≤', '>=': '≥' } as Record<string, '≤' | '≥'>)[rawQualifier ?? ''] ?? rawQualifier;
  return qualifier
    ? { value, printed, qualifier: qualifier as '<' | '>' | '≤' | '≥' | '~' }
    : { value, printed };
}

/** Avoids 3.14 × 1e6 = 3140000.0000000005. */
function roundScaled(value: number): number {
  return Number(value.toPrecision(12));
}
