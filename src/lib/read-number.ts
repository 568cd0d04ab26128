/**
 * Reads a figure typed by a person or written in a file, without ever changing its size: a comma
 * is a thousands separator only where it separates groups of three digits, and anything that could
 * be read two ways is refused with a message rather than guessed.
 */

/** How a file or form writes numbers: `1,234.5` (UK, the default) or `1.234,5` (much of Europe). */
export type NumberLocale = 'point' | 'comma';

export const NUMBER_LOCALES: readonly { id: NumberLocale; label: string }[] = [
  { id: 'point', label: 'Decimal point: 1,234.5' },
  { id: 'comma', label: 'Decimal comma: 1.234,5' },
];

export type NumberReading =
  | { ok: true; value: number }
  /** `otherLocale` is set when the text would read as a number in the other locale. */
  | { ok: false; problem: string; otherLocale?: NumberLocale };

const SIGNED = /^[-+−]?/;

/** Digits with an optional decimal part, where `group` separates thousands in groups of three. */
function grouped(group: ',' | '.', decimal: ',' | '.'): RegExp {
  const g = `\\${group}`;
  const d = `\\${decimal}`;
  return new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
}

const POINT = grouped(',', '.');
const COMMA = grouped('.', ',');
/** Only a decimal part: '.5' or ',5'. */
const BARE_POINT = /^\.(\d+)$/;
const BARE_COMMA = /^,(\d+)$/;
const EXPONENT = /^(\d+\.?\d*|\.\d+)e[-+]?\d+$/i;

/** The number without its unit marks: '£3.2', '71.5%', '1 281' (a space is never a decimal mark). */
function stripDecoration(text: string): { sign: number; body: string } {
  let body = text
    .trim()
    .replace(/^£\s*/, '')
    .replace(/\s*%$/, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  const signMatch = SIGNED.exec(body)?.[0] ?? '';
  body = body.slice(signMatch.length);
  return { sign: signMatch === '-' || signMatch === '−' ? -1 : 1, body };
}

/**
 * Reads `text` as a number written with `locale`'s decimal mark. `'1,234'` is 1234 with a decimal
 * point and 1.234 with a decimal comma; `'70,5'` is refused with a decimal point (it is not a
 * thousands group), as is `'1.234,5'` (written with a decimal comma).
 */
export function readNumber(text: string, locale: NumberLocale = 'point'): NumberReading {
  const { sign, body } = stripDecoration(text);
  if (body === '') return { ok: false, problem: 'is empty' };
  const shown = `"${text.trim()}"`;
  if (locale === 'point') {
    if (EXPONENT.test(body)) return finite(sign * Number(body), shown);
    const m = POINT.exec(body) ?? BARE_POINT.exec(body);
    if (m) return finite(sign * Number(body.replace(/,/g, '')), shown);
    if (/^\d+,\d+$/.test(body) || /^\d{1,3}(\.\d{3})+,\d+$/.test(body) || BARE_COMMA.test(body)) {
      return {
        ok: false,
        problem: `${shown} looks like a decimal comma (a comma separates thousands only in groups of three)`,
        otherLocale: 'comma',
      };
    }
    return { ok: false, problem: `${shown} is not a number` };
  }
  const m = COMMA.exec(body) ?? BARE_COMMA.exec(body);
  if (m) return finite(sign * Number(body.replace(/\./g, '').replace(',', '.')), shown);
  if (/^\d+\.\d+$/.test(body) || /^\d{1,3}(,\d{3})+\.\d+$/.test(body)) {
    return {
      ok: false,
      problem: `${shown} looks like a decimal point (a point separates thousands only in groups of three)`,
      otherLocale: 'point',
    };
  }
  return { ok: false, problem: `${shown} is not a number` };
}

function finite(value: number, shown: string): NumberReading {
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, problem: `${shown} is too large to be a figure` };
}
