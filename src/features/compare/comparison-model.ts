/**
 * Shapes one indicator's comparison for a chosen lead authority, group and period: which areas
 * are ranked, which are reference figures (regions, England, averages), which figure each uses
 * and where it came from. The position itself comes from the domain's rankAreas.
 */
import type { ComparisonResponse } from '@/data/api/contract';
import type {
  Area,
  ComparatorGroup,
  MeasureUnit,
  Observation,
  Polarity,
  Provenance,
} from '@/data/contract/dataset-schema';
import { AUTHORITY_TYPE_NAMES, isAuthorityType } from '@/data/reference/area-codes';
import type { AreaRanking } from '@/domain/compare';
import { comparePeriodIds } from '@/domain/periods';
import { ALL_GROUP, USER_GROUP } from './compare-search';
import type { ImportedFigure } from './import/read-file';
import { importedIndex } from './imported-index';

export const REFERENCE_TYPES: ReadonlySet<string> = new Set(['region', 'country', 'average']);

/** Figures from one imported file, with what the file says about them. */
export interface ImportedSource {
  id: string;
  fileName: string;
  /** The measure as the file names it. */
  title?: string | undefined;
  /** The unit the file states, if it states one. */
  unit?: MeasureUnit | undefined;
  /** Which direction is better, as the user said when importing. */
  polarity: Polarity;
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
  kind: ComparatorGroup['kind'] | 'all' | 'imported';
  members: string[];
  leadArea?: string | undefined;
  provenance: Provenance[];
  /** A group built from an imported file: its figures all come from that file. */
  sourceId?: string | undefined;
}

export interface ComparisonView {
  period: string | null;
  group: GroupOption;
  ranked: ComparedFigure[];
  references: ComparedFigure[];
  ranking: AreaRanking;
  /** Distinct periods of the figures used; more than one means years are mixed. */
  periods: string[];
  /** The unit the figures are in: the file's for a group built from a file, else the indicator's. */
  unit: MeasureUnit;
  polarity: Polarity;
  /** Set when every figure comes from one imported file. */
  source?: { fileName: string; title?: string | undefined } | undefined;
}

export function actuals(observations: readonly Observation[]): Observation[] {
  return observations.filter((o) => o.measure === 'actual');
}

/** The periods with at least one actual figure (the data's, else the files'), oldest first. */
export function periodsWithFigures(
  response: ComparisonResponse | null,
  imported: readonly ImportedSource[] = [],
): string[] {
  const periods = new Set(response?.series.periods ?? []);
  for (const source of imported)
    for (const period of importedIndex(source.figures).periods) periods.add(period);
  return [...periods].sort(comparePeriodIds);
}

/** The areas holding an actual figure for the indicator in any period. */
export function areasWithFigures(response: ComparisonResponse): Set<string> {
  return new Set(
    response.series.areas
      .filter((entry) => entry.values.some((value) => value !== null))
      .map((entry) => entry.area),
  );
}

/** Groups built from each imported file: one for each kind of authority it holds. */
export function fileGroups(imported: readonly ImportedSource[]): GroupOption[] {
  return imported.flatMap((source) => {
    const byType = importedIndex(source.figures).councilsByType;
    return [...byType].map(([type, members]) => {
      const many = isAuthorityType(type) ? AUTHORITY_TYPE_NAMES[type].many : 'other areas';
      return {
        id: `file-${source.id}-${type}`,
        name: `${many.charAt(0).toUpperCase()}${many.slice(1)} in ${source.fileName}`,
        kind: 'imported' as const,
        members: [...members],
        provenance: [],
        sourceId: source.id,
      };
    });
  });
}

/** The groups to choose from: the data's own, everyone with a figure, and the user's list if given. */
export function groupOptions(
  response: ComparisonResponse,
  userAreas: readonly string[] | undefined,
  imported: readonly ImportedSource[] = [],
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
  options.push(...fileGroups(imported));
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
  imported: 8,
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
  const withFigures = response ? areasWithFigures(response) : new Set<string>();
  const coverage = (option: GroupOption) =>
    option.members.filter((m) => m !== lead && withFigures.has(m)).length;
  const containing = options.filter(
    (option) =>
      option.kind !== 'all' &&
      option.kind !== 'imported' &&
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

export function referenceLabel(area: { name: string; type: string }): string {
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
