/**
 * The address's query string, read and written exactly as TanStack Router wrote it before
 * ADR 0078, so every bookmarked or shared address still means the same thing: plain strings stay
 * plain (`?status=red`), anything JSON could misread (numbers, `true`, arrays such as
 * `areas=["E10000016"]`) is written as JSON, and values that parse as JSON are read as JSON.
 */

// JSON can start with whitespace, ", [, {, -, a digit, or fa/nu/tr; anything else is a plain string.
const JSON_START = /^(?:\s|["[{\d-]|fa|nu|tr)/;

export type SearchRecord = Record<string, unknown>;

function readValue(text: string): unknown {
  if (text === '') return '';
  if (text === 'false') return false;
  if (text === 'true') return true;
  const asNumber = Number(text);
  // Finite numbers written the canonical way only: '007', '1e3' and 'Infinity' stay strings.
  return asNumber * 0 === 0 && String(asNumber) === text ? asNumber : text;
}

/** `?a=1&b=x` → `{ a: 1, b: 'x' }`; a repeated key becomes an array. */
export function parseSearch(searchText: string): SearchRecord {
  const query: SearchRecord = {};
  for (const [key, raw] of new URLSearchParams(searchText)) {
    const value = readValue(raw);
    const previous = query[key];
    if (previous === undefined) query[key] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else query[key] = [previous, value];
  }
  for (const [key, value] of Object.entries(query)) {
    if (typeof value !== 'string' || !JSON_START.test(value)) continue;
    try {
      query[key] = JSON.parse(value) as unknown;
    } catch {
      // Not JSON after all: the plain string stands.
    }
  }
  return query;
}

function writeValue(value: unknown): string {
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string') {
    if (!JSON_START.test(value)) return value;
    try {
      // A string JSON would read as something else ('2012', '"x"') is quoted so it reads back as itself.
      JSON.parse(value);
      return JSON.stringify(value);
    } catch {
      return value;
    }
  }
  return String(value);
}

/** `{ a: 1, b: 'x', c: undefined }` → `?a=1&b=x` (or '' when nothing is left). */
export function stringifySearch(search: SearchRecord): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined) params.set(key, writeValue(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
