import type { SeedDocument } from '../../lib/seed';

/** Table positions are fixed in the papers; fail loudly if a paper ever differs. */
export function expectLine(doc: SeedDocument, line: number, startsWith: string): void {
  const text = doc
    .line(line)
    .replace(/<\/?[a-z]+>/gi, '')
    .trim();
  if (!text.startsWith(startsWith)) {
    throw new Error(
      `comparisons: ${doc.name} line ${line} should start "${startsWith}" but reads "${text.slice(0, 80)}"`,
    );
  }
}
