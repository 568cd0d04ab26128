/**
 * The known name a mistyped one was most likely meant to be, so a message can say
 * 'unknown key "printd" (did you mean "printed"?)'. Words people use for a thing under another
 * name ('figures' for 'observations') are matched through `aliases` first; otherwise the name
 * with the fewest single-letter edits wins (ties go to the earlier known name).
 */
export function nearestName(
  word: string,
  known: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const lower = word.toLowerCase();
  const alias = Object.hasOwn(aliases, lower) ? aliases[lower] : undefined;
  if (alias !== undefined && known.includes(alias)) return alias;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions each count one. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** 'unknown key "printd" (did you mean "printed"?)' */
export function unknownNameMessage(
  what: string,
  word: string,
  known: readonly string[],
  aliases?: Readonly<Record<string, string>>,
): string {
  const nearest = nearestName(word, known, aliases);
  return `unknown ${what} "${word}"${nearest === undefined ? '' : ` (did you mean "${nearest}"?)`}`;
}
