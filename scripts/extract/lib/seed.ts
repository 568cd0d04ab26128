import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Provenance } from '../../../src/data/contract/dataset-schema';

/** One council paper, read as lines; line numbers are 1-based, as cited. */
export interface SeedDocument {
  name: string;
  lines: string[];
  /** Provenance for a line: the row exactly as printed (tabs kept as ' | ' would lose fidelity, so they stay). */
  at(line: number, note?: string): Provenance;
  line(line: number): string;
  cells(line: number): string[];
}

export function openSeed(seedsDir: string, name: string): SeedDocument {
  const lines = readFileSync(join(seedsDir, name), 'utf8').split('\n');
  const line = (number: number) => {
    const text = lines[number - 1];
    if (text === undefined) throw new Error(`${name} has no line ${number}`);
    return text;
  };
  return {
    name,
    lines,
    line,
    cells: (number) =>
      line(number)
        .split('\t')
        .map((cell) => cell.trim()),
    at: (number, note) => ({
      document: name,
      line: number,
      row: line(number).trim().slice(0, 2000),
      ...(note ? { note } : {}),
    }),
  };
}
