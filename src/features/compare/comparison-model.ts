/**
 * Shapes one indicator's comparison for a chosen lead authority, group and period: which areas
 * are ranked, which are reference figures (regions, England, averages), which figure each uses
 * and where it came from. The position itself comes from the domain's rankAreas.
 */
import type { ComparisonResponse } from '@/data/api/contract';
import type {
  Area,
  ComparatorGroup,
  Observation,
  Provenance,
} from '@/data/contract/dataset-schema';
import {
  describeGroupPhrase,
  distinctPeriods,
  rankAreas,
  type AreaRanking,
} from '@/domain/compare';
import { comparePeriodIds, periodKindOf } from '@/domain/periods';
import { ALL_GROUP, USER_GROUP } from './compare-search';
import type { ImportedFigure } from './csv-import';

export const REFERENCE_TYPES: ReadonlySet<string> = new Set(['region', 'country', 'average']);

export interface ImportedSource {
  fileName: string;
  figures: readonly ImportedFigure[];
}

export interface ComparedFigure {
  areaId: string;
  name: string;
  value: number | null;
  period: string | null;
  printed?: string | undefined;
  provenance?: Provenance | undefined;
  /** Set when the figure came from a file the user imported, never from the dataset. */
  importedFrom?: string | undefined;
  isLead: boolean;
  isReference: boolean;
  areaType: Area['type'] | 'imported';
}

export interface GroupOption {
  id: string;
  name: string;
  kind: ComparatorGroup['kind'] | 'all';
  members: string[];
  leadArea?: string | undefined;
  provenance: Provenance[];
}

export interface ComparisonView {
  period: string | null;
  group: GroupOption;
  ranked: ComparedFigure[];
  references: ComparedFigure[];
  ranking: AreaRanking;
  /** Distinct periods of the figures used; more than one means years are mixed. */
  periods: string[];
}

function actuals(observations: readonly Observation[]): Observation[] {
  return observations.filter((o) => o.measure === 'actual');
}

/** The periods with at least one actual figure, oldest first. */
export function periodsWithFigures(
  response: ComparisonResponse,
  imported: readonly ImportedSource[] = [],
): string[] {
  const periods = new Set(
    actuals(response.observations)
      .filter((o) => o.value !== null)
      .map((o) => o.period),
  );
  for (const source of imported)
    for (const figure of source.figures) if (figure.value !== null) periods.add(figure.period);
  return [...periods].sort(comparePeriodIds);
}

/** The groups to choose from: the data's own, everyone with a figure, and the user's list if given. */
export function groupOptions(
  response: ComparisonResponse,
  userAreas: readonly string[] | undefined,
): GroupOption[] {
  const options: GroupOption[] = response.groups.map((group) => ({
    id: group.id,
    name: group.name,
    kind: group.kind,
    members: group.members,
    leadArea: group.leadArea,
    provenance: group.provenance,
  }));
  options.push({
    id: ALL_GROUP,
    name: 'Every authority with a figure',
    kind: 'all',
    // 'other' areas (a quartile marker, a youth offending team) count only when a group names them.
    members: response.areas
      .filter(
        (area) =>
          !REFERENCE_TYPES.has(area.type) &&
          (area.type !== 'other' ||
            response.groups.some((group) => group.members.includes(area.id))),
      )
      .map((area) => area.id),
    provenance: [],
  });
  if (userAreas && userAreas.length > 0) {
    options.push({
      id: USER_GROUP,
      name: 'Your chosen authorities',
      kind: 'user',
      members: [...userAreas],
      provenance: [],
    });
  }
  return options;
}

const GROUP_PREFERENCE: Record<string, number> = {
  'family-group': 0,
  'statistical-neighbours': 1,
  'named-comparators': 2,
  'benchmark-club': 3,
  region: 4,
  national: 5,
  user: 6,
  all: 7,
};

/**
 * The group a comparison opens with: the one its printed table names, else the group holding the
 * lead in which most members have a figure for this indicator, else everyone with a figure.
 */
export function defaultGroup(
  options: readonly GroupOption[],
  lead: string,
  response?: ComparisonResponse,
): GroupOption | undefined {
  const tableGroups = new Set(
    (response?.tables ?? []).flatMap((table) => (table.groupId ? [table.groupId] : [])),
  );
  const named = options.find((option) => tableGroups.has(option.id));
  if (named) return named;
  const withFigures = new Set(
    (response?.observations ?? []).filter((o) => o.value !== null).map((o) => o.area),
  );
  const coverage = (option: GroupOption) =>
    option.members.filter((m) => m !== lead && withFigures.has(m)).length;
  const containing = options.filter(
    (option) =>
      option.kind !== 'all' &&
      (option.members.includes(lead) || option.leadArea === lead) &&
      (!response || coverage(option) > 0),
  );
  const pool =
    containing.length > 0 ? containing : options.filter((option) => option.kind === 'all');
  return [...pool].sort(
    (a, b) =>
      coverage(b) - coverage(a) ||
      (GROUP_PREFERENCE[a.kind] ?? 9) - (GROUP_PREFERENCE[b.kind] ?? 9),
  )[0];
}

/** The latest period the lead has a figure for, else the latest period with any figure. */
export function defaultPeriod(
  response: ComparisonResponse,
  lead: string,
  periods: readonly string[],
): string | null {
  const withValue = actuals(response.observations).filter((o) => o.value !== null);
  const leadPeriods = [
    ...new Set(withValue.filter((o) => o.area === lead).map((o) => o.period)),
  ].sort(comparePeriodIds);
  if (leadPeriods.length === 0) return periods[periods.length - 1] ?? null;
  // Prefer the period most areas report, so the default compares like with like; then the latest.
  // Counted in one pass: 60 months × 152 areas made a filter per period cost tens of ms.
  const areasByPeriod = new Map<string, Set<string>>();
  for (const o of withValue) {
    const areas = areasByPeriod.get(o.period) ?? new Set<string>();
    areas.add(o.area);
    areasByPeriod.set(o.period, areas);
  }
  const count = (period: string) => areasByPeriod.get(period)?.size ?? 0;
  return leadPeriods.reduce((best, period) => (count(period) >= count(best) ? period : best));
}

function referenceLabel(area: { name: string; type: string }): string {
  if (area.type === 'country' || area.type === 'region') return area.name;
  // 'the top quartile (counties)', but 'the Youth Justice Board family group'.
  const name = /^(Top|Bottom|Average|Comparator|Statistical|County|District|National)\b/.test(
    area.name,
  )
    ? `${area.name.charAt(0).toLowerCase()}${area.name.slice(1)}`
    : area.name;
  return `the ${name}`;
}

/**
 * A readable name for a group member the response holds no area record for (members with no
 * figure are not sent): 'west-sussex' → 'West Sussex'.
 */
export function nameFromId(id: string): string {
  return id
    .split('-')
    .map((word) =>
      word.length <= 3 && /^(yot|yjb|uk)$/.test(word)
        ? word.toUpperCase()
        : `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
    )
    .join(' ')
    .replace(/\bAnd\b/g, 'and')
    .replace(/\bOf\b/g, 'of');
}

/**
 * The figure an area contributes for a period: that period's actual, else its latest earlier
 * actual of the same kind of period (flagged by its own period, so mixed years are shown).
 */
function pickFigure(
  observations: readonly Observation[],
  period: string | null,
): Observation | undefined {
  const usable = observations.filter((o) => o.value !== null || o.missing !== undefined);
  if (period === null) return usable[usable.length - 1];
  const exact =
    usable.find((o) => o.period === period && o.basis === 'period') ??
    usable.find((o) => o.period === period);
  if (exact) return exact;
  const kind = periodKindOf(period);
  const earlier = usable
    .filter(
      (o) =>
        o.value !== null &&
        periodKindOf(o.period) === kind &&
        comparePeriodIds(o.period, period) < 0,
    )
    .sort((a, b) => comparePeriodIds(a.period, b.period));
  return earlier[earlier.length - 1];
}

export function buildComparisonView(input: {
  response: ComparisonResponse;
  lead: string;
  group: GroupOption;
  period: string | null;
  imported: readonly ImportedSource[];
  /** The dataset's own council: its figures come from its papers only, never from an import. */
  ownAuthority?: string | undefined;
}): ComparisonView {
  const { response, lead, group, period, imported } = input;
  const areas = new Map(response.areas.map((area) => [area.id, area]));
  const byArea = new Map<string, Observation[]>();
  for (const o of actuals(response.observations).sort((a, b) =>
    comparePeriodIds(a.period, b.period),
  )) {
    const list = byArea.get(o.area) ?? [];
    list.push(o);
    byArea.set(o.area, list);
  }

  const memberIds = [...new Set([lead, ...group.members])];
  const ranked: ComparedFigure[] = [];
  const references: ComparedFigure[] = [];
  const seen = new Set<string>();
  const fromDataset = (areaId: string, isReference: boolean) => {
    const area = areas.get(areaId);
    const figure = pickFigure(byArea.get(areaId) ?? [], period);
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
    } satisfies ComparedFigure;
  };
  for (const id of memberIds) {
    const area = areas.get(id);
    if (area && REFERENCE_TYPES.has(area.type) && id !== lead) continue;
    ranked.push(fromDataset(id, false));
    seen.add(id);
  }
  for (const area of response.areas) {
    if (seen.has(area.id) || !(REFERENCE_TYPES.has(area.type) || area.type === 'other')) continue;
    const figure = fromDataset(area.id, true);
    if (figure.value !== null) references.push(figure);
    seen.add(area.id);
  }

  // Imported figures fill gaps only: a figure from the papers is never replaced by an import.
  for (const source of imported) {
    for (const figure of source.figures) {
      if (period !== null && figure.period !== period) continue;
      if (figure.areaId === input.ownAuthority) continue;
      const existing = [...ranked, ...references].find((f) => f.areaId === figure.areaId);
      if (existing && existing.value !== null) continue;
      const entry: ComparedFigure = {
        areaId: figure.areaId,
        name: figure.name,
        value: figure.value,
        period: figure.period,
        printed: figure.printed,
        importedFrom: source.fileName,
        isLead: figure.areaId === lead,
        isReference: false,
        areaType: 'imported',
      };
      if (existing)
        Object.assign(existing, {
          ...entry,
          isReference: existing.isReference,
          areaType: existing.areaType,
        });
      else ranked.push(entry);
    }
  }

  const sentenceReferences = references.map((r) => ({
    label: referenceLabel({ name: r.name, type: r.areaType }),
    value: r.value,
  }));
  const leadName = areas.get(lead)?.name ?? lead;
  const ranking = rankAreas({
    figures: ranked.map((f) => ({
      areaId: f.areaId,
      name: f.isLead ? leadName : f.name,
      value: f.value,
      period: f.period,
    })),
    leadAreaId: lead,
    polarity: response.indicator.polarity,
    groupPhrase: describeGroupPhrase(
      group.kind === 'all' ? 'all' : group.kind,
      group.kind === 'all' ? 'the areas with figures' : group.name,
    ),
    references: sentenceReferences,
    unit: response.indicator.unit,
  });
  return {
    period,
    group,
    ranked,
    references,
    ranking,
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

/** One row per period, one column per chosen area, for the over-time chart and its table. */
export function buildOverTime(
  response: ComparisonResponse,
  areaIds: readonly string[],
): { periods: string[]; rows: ({ period: string } & Record<string, number | string | null>)[] } {
  const wanted = new Set(areaIds);
  const values = actuals(response.observations).filter(
    (o) => wanted.has(o.area) && o.value !== null,
  );
  const periods = [...new Set(values.map((o) => o.period))].sort(comparePeriodIds);
  const rows = periods.map((period) => {
    const row: { period: string } & Record<string, number | string | null> = { period };
    for (const id of areaIds)
      row[id] = values.find((o) => o.area === id && o.period === period)?.value ?? null;
    return row;
  });
  return { periods, rows };
}
