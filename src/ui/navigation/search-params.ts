/**
 * The pages' address schemas, read without zod (ADR 0090). Every page's first view reads its
 * address, and the smallest zod build that can express these schemas (`zod/mini`) costs about
 * 7.5 KB gzip there, most of the way past issue 13's budget; these readers cost a few hundred bytes.
 * Each reader behaves as the `zod/mini` schema it replaced (`z.catch(z.optional(…), undefined)`),
 * and search-params.test.ts checks them against zod itself. Each list comes from the domain, where
 * it is defined once; the contract's schemas use the same lists. Anything unreadable in a
 * hand-edited address is dropped (undefined) rather than breaking the page.
 */
import { FRAMEWORKS } from '@/domain/frameworks';
import { periodIdProblem, PERIOD_ID_PATTERN } from '@/domain/periods';
import { PROFILE_CHOICES } from '@/domain/profile';
import { INDICATOR_KINDS } from '@/domain/rating';
import { RAG_STATUSES } from '@/domain/types';

/** Reads one parameter from the address's query (as `parseSearch` gave it): its value, or undefined. */
export type Param<T> = (raw: unknown) => T | undefined;

/** An address schema: `parse` keeps the parameters it knows, each read or dropped, and no others. */
export interface SearchSchema<T> {
  parse: (input: unknown) => T;
}

/** The query a schema reads: `SearchOf<typeof dashboardSearchSchema>`. */
export type SearchOf<S> = S extends SearchSchema<infer T> ? T : never;

type Shape = Record<string, Param<unknown>>;

/**
 * The schema of a page's query. As zod's object did: a parameter left out stays out, one present
 * but unreadable is kept as undefined, unknown ones are dropped, and a query that is not an object
 * is an error (the router always passes one).
 */
export function searchSchema<S extends Shape>(
  shape: S,
): SearchSchema<{ [K in keyof S]?: ReturnType<S[K]> }> {
  return {
    parse: (input) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new TypeError('An address query must be an object');
      }
      const read: Record<string, unknown> = {};
      for (const [key, param] of Object.entries(shape)) {
        if (key in input) read[key] = param((input as Record<string, unknown>)[key]);
      }
      return read as { [K in keyof S]?: ReturnType<S[K]> };
    },
  };
}

/** Any text. */
export const textParam: Param<string> = (raw) => (typeof raw === 'string' ? raw : undefined);

/** Text matching `pattern` (and `accept`, when given). */
export function matchingParam(pattern: RegExp, accept?: (text: string) => boolean): Param<string> {
  return (raw) => {
    if (typeof raw !== 'string') return undefined;
    pattern.lastIndex = 0;
    return pattern.test(raw) && (accept?.(raw) ?? true) ? raw : undefined;
  };
}

/** Text with the spaces at either end trimmed, at most `maxLength` characters. */
export function trimmedTextParam(maxLength: number): Param<string> {
  return (raw) => {
    if (typeof raw !== 'string') return undefined;
    const text = raw.trim();
    return text.length <= maxLength ? text : undefined;
  };
}

/** One of a fixed list of values. */
export function oneOfParam<const T extends string>(values: readonly T[]): Param<T> {
  return (raw) => ((values as readonly unknown[]).includes(raw) ? (raw as T) : undefined);
}

/** A list of texts (`areas=["E10000016","E10000002"]`). */
export const textListParam: Param<string[]> = (raw) =>
  Array.isArray(raw) && raw.every((item) => typeof item === 'string') ? [...raw] : undefined;

/** A whole number from `min` up, written as a number or as text (`'3'`), as `z.coerce.number()`. */
export function wholeNumberParam(min: number): Param<number> {
  return (raw) => {
    let value: number;
    try {
      value = Number(raw);
    } catch {
      return undefined;
    }
    return Number.isSafeInteger(value) && value >= min ? value : undefined;
  };
}

/** A canonical period id (2007/08, 2012/13 Q1, 2012-05, 2010, AY 2011/12), as the contract reads it. */
export const periodParam = matchingParam(PERIOD_ID_PATTERN, (id) => periodIdProblem(id) === null);

export const frameworkParam = oneOfParam(FRAMEWORKS);
export const ragStatusParam = oneOfParam(RAG_STATUSES);
export const indicatorKindParam = oneOfParam(INDICATOR_KINDS);
/** 'paper': statuses from the paper's figures alone, without assumed target profiles. */
export const profilesParam = oneOfParam(PROFILE_CHOICES);
