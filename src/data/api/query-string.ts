/** `?a=1&b=2` with keys in a fixed order and empty values left out, or '' when nothing is set. */
export function toQueryString(params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
