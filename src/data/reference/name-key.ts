/**
 * Name keys on their own: the compare page matches region names with them without loading the
 * register of authorities and the zod that validates it (local-authorities.ts).
 */

/**
 * A name as publishers vary it, reduced to what identifies the place: 'Kent County Council',
 * 'Kent CC' and 'KENT' are one; '&' and 'and' are one; 'Bristol, City of' is 'Bristol'.
 */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\(.*?\)/g, ' ')
    .replace(/,\s*(city|county) of\b/g, ' ')
    .replace(
      /\b(county council|borough council|district council|city council|metropolitan borough council|council|county|borough|district|cc|mbc|ua|london borough of|royal borough of|city of|the)\b/g,
      ' ',
    )
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
