/**
 * Small helpers shared by the dashboard, Kent Agreement and Supporting Independence extractors:
 * turn one printed cell into an observation with its provenance, and check a published RAG.
 */
import type {
  Measure,
  Observation,
  Polarity,
  QualityNote,
  Rag,
} from '../../../src/data/contract/dataset-schema';
import { readCell } from '../lib/cells';
import type { SeedDocument } from '../lib/seed';

export type Basis = Observation['basis'];

export interface FigureTarget {
  indicatorId: string;
  period: string;
  measure: Measure;
  basis?: Basis;
}

/** A cell as a person read it where the parser cannot: what it says, or why it has no value. */
export interface CellOverride {
  printed?: string;
  period?: string;
  basis?: Basis;
  measure?: Measure;
  missing?: Observation['missing'];
  /** A figure a person reads from a cell the parser cannot, e.g. 5 from `Less than 5% for one year`. */
  value?: number;
  note?: string;
}

const FOOTNOTE = /\s*(\*+|[¹²³])$/;
const TRAILING_REMARK = /^(.*?\d%?)\s*\(([^()]+)\)$/;

/** Splits `30% ¹` or `2792**` into the figure and its footnote mark. */
export function splitFootnote(printed: string): { text: string; mark?: string } {
  const match = FOOTNOTE.exec(printed.trim());
  if (!match || match.index === 0) return { text: printed.trim() };
  return { text: printed.trim().slice(0, match.index), mark: match[1] };
}

/** Splits `86% (Autumn Term)` into the figure and the remark printed beside it. */
export function splitRemark(printed: string): { text: string; remark?: string } {
  const match = TRAILING_REMARK.exec(printed.trim());
  if (!match) return { text: printed.trim() };
  return { text: (match[1] ?? '').trim(), remark: (match[2] ?? '').trim() };
}

export function parseRag(printed: string | undefined): Rag | undefined {
  const word = (printed ?? '').trim().toLowerCase();
  return word === 'green' || word === 'amber' || word === 'red' ? word : undefined;
}

/**
 * One printed cell as an observation. Anything unreadable stays a 'no value' with the reason;
 * a footnote mark is kept in the provenance note with the footnote's own words.
 */
export function figure(
  doc: SeedDocument,
  line: number,
  target: FigureTarget,
  printed: string,
  extra: { note?: string; publishedRag?: Rag; footnotes?: Record<string, string> } = {},
): Observation {
  const { text, mark } = splitFootnote(printed);
  const reading = readCell(text);
  const notes = [extra.note];
  if (mark) notes.push(`${mark} ${extra.footnotes?.[mark] ?? 'footnote mark as printed'}`);
  const note = notes.filter(Boolean).join('; ');
  const observation: Observation = {
    indicatorId: target.indicatorId,
    area: 'kent',
    period: target.period,
    basis: target.basis ?? 'period',
    measure: target.measure,
    value: reading.value,
    printed: printed.trim(),
    provenance: doc.at(line, note || undefined),
  };
  if (reading.value === null) observation.missing = reading.missing;
  if (extra.publishedRag) observation.publishedRag = extra.publishedRag;
  return observation;
}

/** A figure read by a person (corrections list), with the row it came from as provenance. */
export function correctedFigure(
  doc: SeedDocument,
  line: number,
  target: FigureTarget,
  override: CellOverride,
  publishedRag?: Rag,
): Observation {
  const base = figure(
    doc,
    line,
    {
      ...target,
      period: override.period ?? target.period,
      basis: override.basis ?? target.basis,
      measure: override.measure ?? target.measure,
    },
    override.printed ?? override.missing?.text ?? '',
    { note: override.note, publishedRag },
  );
  if (override.value !== undefined) {
    const read: Observation = { ...base, value: override.value };
    delete read.missing;
    return read;
  }
  if (override.missing) {
    return { ...base, value: null, missing: override.missing };
  }
  return base;
}

/** Polarity from a target and a floor standard, with the reason in words. */
export function polarityFromFloor(
  target: number | null | undefined,
  floor: number | null | undefined,
  printed: { target?: string; floor?: string },
): { polarity: Polarity; reason: string } | null {
  if (target == null || floor == null || target === floor) return null;
  return floor < target
    ? {
        polarity: 'higher-is-better',
        reason: `The floor standard (${printed.floor}) is below the target (${printed.target}), so higher is better.`,
      }
    : {
        polarity: 'lower-is-better',
        reason: `The floor standard (${printed.floor}) is above the target (${printed.target}), so lower is better.`,
      };
}

/** Kent's 2012 rule: Green at or past the target, Amber at or past the floor, Red past the floor. */
export function kentRag(
  value: number,
  target: number,
  floor: number,
  polarity: Polarity,
): Rag | null {
  if (polarity === 'higher-is-better')
    return value >= target ? 'green' : value >= floor ? 'amber' : 'red';
  if (polarity === 'lower-is-better')
    return value <= target ? 'green' : value <= floor ? 'amber' : 'red';
  return null;
}

export function note(
  id: string,
  kind: QualityNote['kind'],
  text: string,
  indicatorIds: string[],
  provenance: QualityNote['provenance'],
): QualityNote {
  return { id, kind, text, indicatorIds, provenance };
}
