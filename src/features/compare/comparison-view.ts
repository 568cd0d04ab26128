/**
 * One comparison as shown: the ranked areas, the reference lines, the figure each area uses and
 * where it came from, in one pass over the figures (a 100,000-figure import stays linear).
 * A group from the data uses the papers' figures, with imported figures filling gaps for its
 * members only; a group built from a file uses that file's figures, unit and direction only.
 */
import type { ComparisonResponse } from '@/data/api/contract';
import type { Observation } from '@/data/contract/dataset-schema';
import { nameKey } from '@/data/reference/name-key';
import { describeGroupPhrase, distinctPeriods, rankAreas } from '@/domain/compare';
import { comparePeriodIds, periodKindOf } from '@/domain/periods';
import type { ImportedFigure } from './import/read-file';
import { importedIndex } from './imported-index';
import { regionOfAuthority } from './register-region';
import {
  actuals,
  nameFromId,
  referenceLabel,
  REFERENCE_TYPES,
  type ComparedFigure,
  type ComparisonView,
  type GroupOption,
  type ImportedSource,
} from './comparison-model';

interface Dated {
  period: string;
  value: number | null;
}

/**
 * The figure an area contributes for a period: that period's figure, else its latest earlier one
 * of the same kind of period (flagged by its own period, so mixed years are shown). `figures` are
 * oldest first.
 */
function pickLatest<T extends Dated>(
  figures: readonly T[],
  period: string | null,
  isExactPreferred: (figure: T) => boolean = () => true,
): T | undefined {
  if (period === null) return figures[figures.length - 1];
  const exact = figures.filter((f) => f.period === period);
  const chosen = exact.find(isExactPreferred) ?? exact[0];
  if (chosen) return chosen;
  const kind = periodKindOf(period);
  let latest: T | undefined;
  for (const f of figures) {
    if (f.value === null || periodKindOf(f.period) !== kind) continue;
    if (comparePeriodIds(f.period, period) < 0) latest = f;
  }
  return latest;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

interface ViewInput {
  response: ComparisonResponse;
  /** The period's figures (`figuresForPeriod`): the opening period's, or ones fetched for another. */
  figures: readonly Observation[];
  lead: string;
  group: GroupOption;
  period: string | null;
  imported: readonly ImportedSource[];
  /** The dataset's own council: its figures come from its papers only, never from an import. */
  ownAuthority?: string | undefined;
}

export function buildComparisonView(input: ViewInput): ComparisonView {
  const source = input.group.sourceId
    ? input.imported.find((s) => s.id === input.group.sourceId)
    : undefined;
  return source ? fileView(input, source) : datasetView(input);
}

function datasetView(input: ViewInput): ComparisonView {
  const { response, lead, group, period, imported } = input;
  const areas = new Map(response.areas.map((area) => [area.id, area]));
  const sorted = actuals(input.figures).sort((a, b) => comparePeriodIds(a.period, b.period));
  const byArea = groupBy(sorted, (o) => o.area);

  const memberIds = [...new Set([lead, ...group.members])];
  const ranked: ComparedFigure[] = [];
  const references: ComparedFigure[] = [];
  const byId = new Map<string, ComparedFigure>();
  const fromDataset = (areaId: string, isReference: boolean): ComparedFigure => {
    const area = areas.get(areaId);
    const usable = (byArea.get(areaId) ?? []).filter(
      (o) => o.value !== null || o.missing !== undefined,
    );
    const figure: Observation | undefined = pickLatest(usable, period, (o) => o.basis === 'period');
    return {
      areaId,
      name: area?.name ?? nameFromId(areaId),
      value: figure?.value ?? null,
      period: figure?.period ?? null,
      printed: figure?.printed ?? figure?.missing?.text,
      provenance: figure?.provenance,
      isLead: areaId === lead,
      isReference,
      areaType: area?.type ?? 'other',
    };
  };
  for (const id of memberIds) {
    const area = areas.get(id);
    if (area && REFERENCE_TYPES.has(area.type) && id !== lead) continue;
    const figure = fromDataset(id, false);
    ranked.push(figure);
    byId.set(id, figure);
  }
  for (const area of response.areas) {
    if (byId.has(area.id) || !(REFERENCE_TYPES.has(area.type) || area.type === 'other')) continue;
    const figure = fromDataset(area.id, true);
    if (figure.value !== null) {
      references.push(figure);
      byId.set(area.id, figure);
    }
  }

  // Imported figures fill gaps only, and only for the group's own members.
  const members = new Set(memberIds);
  for (const source of imported) {
    const candidates =
      period === null ? source.figures : (importedIndex(source.figures).byPeriod.get(period) ?? []);
    for (const figure of candidates) {
      if (figure.isReference || !members.has(figure.areaId)) continue;
      if (figure.areaId === input.ownAuthority) continue;
      const existing = byId.get(figure.areaId);
      if (existing && existing.value !== null) continue;
      const entry = importedEntry(figure, source.fileName, lead);
      if (existing) Object.assign(existing, { ...entry, areaType: existing.areaType });
      else {
        ranked.push(entry);
        byId.set(figure.areaId, entry);
      }
    }
  }
  const leadName = areas.get(lead)?.name ?? lead;
  return finish(input, ranked, references, leadName, {
    unit: response.indicator.unit,
    polarity: response.indicator.polarity,
  });
}

function importedEntry(figure: ImportedFigure, fileName: string, lead: string): ComparedFigure {
  return {
    areaId: figure.areaId,
    name: figure.name,
    value: figure.value,
    period: figure.period,
    printed: figure.printed,
    importedFrom: fileName,
    isLead: figure.areaId === lead,
    isReference: figure.isReference,
    areaType: figure.isReference ? figure.areaType : 'imported',
  };
}

/**
 * A group built from a file: its members' figures from that file, the lead's too when the file
 * has it, and the file's England and the lead's region as reference lines, never ranked.
 */
function fileView(input: ViewInput, source: ImportedSource): ComparisonView {
  const { response, lead, group, period } = input;
  const { byArea } = importedIndex(source.figures);
  const dataset = response.areas.find((a) => a.id === lead);
  const leadFigures = byArea.get(lead) ?? [];
  const leadName = leadFigures[0]?.name ?? dataset?.name ?? nameFromId(lead);
  const leadRegion = regionOfAuthority(leadName);

  const ranked: ComparedFigure[] = [];
  const ids = leadFigures.some((f) => !f.isReference)
    ? [...new Set([lead, ...group.members])]
    : group.members;
  for (const id of ids) {
    const figure = pickLatest(byArea.get(id) ?? [], period);
    if (figure) ranked.push(importedEntry(figure, source.fileName, lead));
    else
      ranked.push({
        areaId: id,
        name: nameFromId(id),
        value: null,
        period: null,
        isLead: id === lead,
        isReference: false,
        areaType: 'imported',
      });
  }
  const references: ComparedFigure[] = [];
  for (const [id, figures] of byArea) {
    const first = figures[0];
    if (!first?.isReference) continue;
    const isWanted =
      first.areaType === 'country' ||
      (first.areaType === 'region' &&
        leadRegion !== undefined &&
        nameKey(first.name) === nameKey(leadRegion));
    const figure = isWanted ? pickLatest(figures, period) : undefined;
    if (figure && id !== lead) references.push(importedEntry(figure, source.fileName, lead));
  }
  return {
    ...finish(input, ranked, references, leadName, {
      unit: source.unit ?? response.indicator.unit,
      polarity: source.polarity,
    }),
    source: { fileName: source.fileName, title: source.title },
  };
}

function finish(
  input: ViewInput,
  ranked: ComparedFigure[],
  references: ComparedFigure[],
  leadName: string,
  measure: Pick<ComparisonView, 'unit' | 'polarity'>,
): ComparisonView {
  const { lead, group, period } = input;
  const ranking = rankAreas({
    figures: ranked.map((f) => ({
      areaId: f.areaId,
      name: f.isLead ? leadName : f.name,
      value: f.value,
      period: f.period,
    })),
    leadAreaId: lead,
    polarity: measure.polarity,
    groupPhrase: describeGroupPhrase(
      group.kind === 'all' ? 'all' : group.kind,
      group.kind === 'all' ? 'the areas with figures' : group.name,
    ),
    references: references.map((r) => ({
      label: referenceLabel({ name: r.name, type: r.areaType }),
      value: r.value,
    })),
    unit: measure.unit,
  });
  return {
    period,
    group,
    ranked,
    references,
    ranking,
    ...measure,
    periods: distinctPeriods(
      [...ranked, ...references].map((f) => ({
        areaId: f.areaId,
        name: f.name,
        value: f.value,
        period: f.period,
      })),
    ),
  };
}
