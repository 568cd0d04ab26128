import type { Bundle } from '../../../src/data/contract/dataset-schema';
import type { SeedDocument } from './seed';

/** A bundle as an extractor writes it: sections may be left out. */
export type BundleOutput = Partial<Omit<Bundle, '$schema'>> & { description: string };

/** One extractor: reads one or more council papers and writes one bundle file of the Kent dataset. */
export interface ExtractSource {
  /** File name inside the dataset folder, e.g. `dashboard-2012.json`. */
  file: string;
  extract(open: (documentName: string) => SeedDocument): BundleOutput;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
