/**
 * Collects the records of one comparisons bundle: indicators, the figures for each area,
 * the printed tables, comparator groups and quality notes. Keeps provenance on every figure
 * and refuses areas nobody has listed, so the areas bundle stays complete.
 */
import type {
  ComparatorGroup,
  ComparisonTable,
  Indicator,
  IndicatorCode,
  MeasureUnit,
  Observation,
  Polarity,
  QualityNote,
} from '../../../../src/data/contract/dataset-schema';
import { readCell } from '../../lib/cells';
import type { SeedDocument } from '../../lib/seed';
import type { BundleOutput } from '../../lib/source';
import { slug } from '../../lib/source';
import { isKnownArea, KENT } from './area-registry';

export interface MeasureSpec {
  id: string;
  title: string;
  unit: MeasureUnit;
  polarity: Polarity;
  polarityReason?: string;
  codes?: IndicatorCode[];
  /** Line the measure is named on. */
  line: number;
  description?: string;
  /** Kent KPIs with targets are rated on the Kent rule; everything else is context. */
  ratedOnTargetAndFloor?: boolean;
}

export interface CellOptions {
  note?: string;
  measure?: Observation['measure'];
  /** Override the parsed value (e.g. '90 (85%)' read as 90), with `printed` kept as the cell. */
  value?: number | null;
  missingText?: string;
}

export const units = {
  percent: { type: 'percent' } as MeasureUnit,
  count: { type: 'count' } as MeasureUnit,
  pounds: { type: 'currency' } as MeasureUnit,
  days: { type: 'days' } as MeasureUnit,
  ratio: { type: 'ratio' } as MeasureUnit,
  rank: (of: string) => ({ type: 'score', label: `rank ${of}` }) as MeasureUnit,
  per: (per: number, label: string) => ({ type: 'rate', per, label }) as MeasureUnit,
  score: (label: string) => ({ type: 'score', label }) as MeasureUnit,
};

/** Footnote markers the papers hang on cells; the marker is noted, the figure kept. */
const footnoteMarker = /\s*(\*+|#|\[#\])$/;

export class ComparisonBuilder {
  readonly indicators: Indicator[] = [];
  readonly observations: Observation[] = [];
  readonly notes: QualityNote[] = [];
  readonly tables: ComparisonTable[] = [];
  readonly groups: ComparatorGroup[] = [];
  /** Indicators defined in another bundle (Kent KPIs) that tables here point at. */
  readonly externalIndicatorIds = new Set<string>();
  private readonly keys = new Map<string, Observation>();

  constructor(readonly doc: SeedDocument) {}

  measure(spec: MeasureSpec): string {
    const existing = this.indicators.find((indicator) => indicator.id === spec.id);
    if (existing) {
      if (!existing.provenance.some((where) => where.line === spec.line)) {
        existing.provenance.push(this.doc.at(spec.line));
      }
      return spec.id;
    }
    this.indicators.push({
      id: spec.id,
      title: spec.title,
      codes: spec.codes ?? [],
      kind: spec.ratedOnTargetAndFloor ? 'performance' : 'context',
      polarity: spec.polarity,
      ...(spec.polarityReason ? { polarityReason: spec.polarityReason } : {}),
      unit: spec.unit,
      frequency: 'annual',
      rule: spec.ratedOnTargetAndFloor
        ? { type: 'target-floor' }
        : { type: 'not-rated', reason: 'context' },
      ...(spec.description ? { description: spec.description } : {}),
      owners: [],
      provenance: [this.doc.at(spec.line)],
    });
    return spec.id;
  }

  /** Points a table at an indicator defined by the business-plans bundle. */
  external(id: string): string {
    this.externalIndicatorIds.add(id);
    return id;
  }

  /** One printed cell: a figure, or a 'no value' with the reason. Returns the observation (or null for a repeat). */
  cell(
    indicatorId: string,
    area: string,
    period: string,
    printed: string,
    line: number,
    options: CellOptions = {},
  ): Observation | null {
    if (!isKnownArea(area)) throw new Error(`comparisons: unknown area "${area}" at line ${line}`);
    const raw = printed.trim();
    const notes: string[] = options.note ? [options.note] : [];
    let observation: Observation;
    const base = {
      indicatorId,
      area,
      period,
      basis: 'period' as const,
      measure: options.measure ?? ('actual' as const),
      printed: raw,
    };
    if (options.value !== undefined) {
      observation =
        options.value === null
          ? {
              ...base,
              value: null,
              missing: { reason: 'other', text: options.missingText ?? raw },
            }
          : { ...base, value: options.value };
    } else {
      const marker = footnoteMarker.exec(raw);
      const text = (marker ? raw.slice(0, marker.index) : raw).replace(/\s*kg$/i, '').trim();
      if (marker) notes.push(`footnote marker "${marker[1]}" printed after the figure`);
      if (raw === '') {
        observation = {
          ...base,
          value: null,
          missing: { reason: 'not-available', text: 'blank cell' },
        };
      } else if (/^x$/i.test(text)) {
        observation = {
          ...base,
          value: null,
          missing: { reason: 'other', text: 'printed "x" (no figure given)' },
        };
      } else if (text === '~') {
        observation = {
          ...base,
          value: null,
          missing: { reason: 'not-available', text: 'printed "~"' },
        };
      } else if (text === '' && marker) {
        observation = {
          ...base,
          value: null,
          missing: {
            reason: 'not-available',
            text: `printed "${raw}" with no figure and no footnote`,
          },
        };
      } else {
        const reading = readCell(text);
        observation =
          reading.value === null
            ? { ...base, value: null, missing: reading.missing }
            : { ...base, value: reading.value };
      }
    }
    observation.provenance = this.doc.at(line, notes.length > 0 ? notes.join('; ') : undefined);
    const key = `${indicatorId}|${area}|${period}|${observation.measure}|${observation.basis}`;
    const earlier = this.keys.get(key);
    if (earlier) {
      if (earlier.value !== observation.value) {
        this.note(
          'contradiction',
          `${area} ${indicatorId} ${period}: printed "${earlier.printed ?? ''}" at line ${earlier.provenance?.line ?? '?'} and "${raw}" at line ${line}; the first is kept`,
          [earlier.provenance?.line ?? line, line],
          [indicatorId],
        );
      }
      return null;
    }
    this.keys.set(key, observation);
    this.observations.push(observation);
    return observation;
  }

  table(spec: {
    id: string;
    title: string;
    groupId?: string;
    indicatorIds: string[];
    areaIds: string[];
    periodNote: string;
    lines: number[];
  }): void {
    if (this.tables.some((table) => table.id === spec.id)) {
      throw new Error(`comparisons: duplicate table id ${spec.id}`);
    }
    this.tables.push({
      id: spec.id,
      title: spec.title,
      ...(spec.groupId ? { groupId: spec.groupId } : {}),
      indicatorIds: [...new Set(spec.indicatorIds)],
      areaIds: [...new Set(spec.areaIds)],
      periodNote: spec.periodNote,
      provenance: spec.lines.map((line) => this.doc.at(line)),
    });
  }

  /** The authorities a table compares Kent with, as a named-comparators group. */
  namedGroup(id: string, name: string, members: string[], line: number): string {
    for (const member of members) {
      if (!isKnownArea(member)) throw new Error(`comparisons: unknown group member ${member}`);
    }
    this.groups.push({
      id,
      name,
      kind: 'named-comparators',
      leadArea: KENT,
      members: [...new Set(members)],
      provenance: [this.doc.at(line)],
    });
    return id;
  }

  note(
    kind: QualityNote['kind'],
    text: string,
    lines: number[],
    indicatorIds: string[] = [],
  ): void {
    const id = `cmp-${slug(this.doc.name).slice(0, 3)}-${lines[0] ?? 0}-${this.notes.filter((note) => note.provenance[0]?.line === lines[0]).length + 1}`;
    this.notes.push({
      id,
      kind,
      text,
      indicatorIds: [...new Set(indicatorIds)],
      provenance: [...new Set(lines)].map((line) => this.doc.at(line)),
    });
  }

  bundle(description: string): BundleOutput {
    return {
      description,
      groups: this.groups,
      indicators: this.indicators,
      observations: this.observations,
      notes: this.notes,
      comparisonTables: this.tables,
    };
  }
}

/** `cmp-<table>-<measure>` ids, kept within a readable length. */
export function measureId(tableSlug: string, title: string): string {
  return `cmp-${tableSlug}-${slug(title)}`.slice(0, 90).replace(/-+$/, '');
}
