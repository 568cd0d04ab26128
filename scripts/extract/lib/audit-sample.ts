/** A reproducible random sample of figures, laid out for checking by hand against the paper. */
import type { Observation } from '../../../src/data/contract/dataset-schema';
import type { NamedBundle, PaperLines } from './audit-checks';
import { nearestHeader } from './audit-headers';
import { seededRandom } from '../../lib/seeded-random';

/** Every bundle with figures gets at least two picks; the rest go by share of figures. */
export function sampleFigures(
  bundles: NamedBundle[],
  paper: PaperLines,
  size: number,
  seed: number,
): string[] {
  const random = seededRandom(seed);
  const withFigures = bundles.filter((b) => b.bundle.observations.length > 0);
  const total = withFigures.reduce((sum, b) => sum + b.bundle.observations.length, 0);
  const minimum = Math.min(2, Math.floor(size / Math.max(1, withFigures.length)));
  const spare = size - minimum * withFigures.length;
  const out: string[] = [];
  for (const { file, bundle } of withFigures) {
    const share = minimum + Math.round((spare * bundle.observations.length) / total);
    const pool = [...bundle.observations];
    for (let i = 0; i < share && pool.length > 0; i += 1) {
      const [o] = pool.splice(Math.floor(random() * pool.length), 1);
      if (o) out.push(layout(file, o, paper));
    }
  }
  return out.slice(0, size);
}

function layout(file: string, o: Observation, paper: PaperLines): string {
  const p = o.provenance;
  const lines = p ? paper(p.document) : undefined;
  const header = p && lines ? nearestHeader(lines, p.line) : undefined;
  return [
    `[${file}] ${o.indicatorId} | area ${o.area} | ${o.period} ${o.basis} ${o.measure} | value ${o.value} | printed ${JSON.stringify(o.printed ?? null)}${o.missing ? ` | missing ${o.missing.reason}` : ''}`,
    p
      ? `   ${p.document}:${p.line}  ${JSON.stringify(p.row.slice(0, 300))}${p.note ? `\n   note: ${p.note}` : ''}`
      : '   (no provenance)',
    header
      ? `   header line ${header.line}: ${JSON.stringify(header.text.slice(0, 200))}`
      : '   header: none found',
  ].join('\n');
}
