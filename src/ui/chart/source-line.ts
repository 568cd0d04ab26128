/** The documents a set of figures comes from, by title where the manifest names them. */
export function sourceLine(
  documents: readonly (string | undefined)[],
  documentTitles: ReadonlyMap<string, string>,
): string {
  const titles = [
    ...new Set(documents.flatMap((d) => (d === undefined ? [] : [documentTitles.get(d) ?? d]))),
  ];
  if (titles.length === 0) return 'Ragstone (no source document recorded)';
  return titles.length <= 3
    ? titles.join('; ')
    : `${titles.slice(0, 3).join('; ')} and ${titles.length - 3} more (see the table)`;
}
