/**
 * The API engine: answers every endpoint of src/data/api/contract.ts from an assembled dataset.
 * Pure (no MSW, no I/O), so the MSW handlers, the static build and benchmarks all run the same code.
 * Indexes are built once per engine and rows memoised per area and period, because the synthetic
 * national dataset (152 authorities × ~200 indicators × 60 months) goes through here too.
 * Recorded actuals live in this engine only: a new engine starts from the dataset again.
 */
import {
  indicatorListQuerySchema,
  type ComparableIndicatorsResponse,
  type ComparisonResponse,
  type IndicatorDetailResponse,
  type IndicatorListQuery,
  type IndicatorListResponse,
  type IndicatorRow,
  type ManifestResponse,
  type OrganisationResponse,
  type RecordActualResponse,
  type ScorecardResponse,
  type StatusSummaryResponse,
  STATIC_WRITE_MESSAGE,
} from '@/data/api/contract';
import { filterRows } from '@/data/api/filter-rows';
import { buildScorecard, buildStatusSummary } from '@/data/api/organisation-views';
import { indicatorSummary, without } from '@/data/api/static-shards';
import type { DataProblem, Dataset } from '@/data/contract/assemble-dataset';
import {
  periodIdSchema,
  type Area,
  type Commentary,
  type Indicator,
  type Observation,
  type OrgNode,
} from '@/data/contract/dataset-schema';
import { countStatuses } from '@/domain/aggregate';
import { assessIndicator } from '@/domain/assess';
import { sortPeriodIds } from '@/domain/periods';
import { failure, success, type EngineResult } from './engine-result';
import { validateRecordActual } from './validate-actual';

export interface EngineOptions {
  /** False for the static publication: the manifest says so and writes are refused. */
  writable?: boolean;
}

export interface ApiEngine {
  readonly dataset: Dataset;
  manifest(): ManifestResponse;
  organisation(): OrganisationResponse;
  /** `raw` is the query string as received; invalid filters are a 400 naming the parameter. */
  indicatorList(
    raw: Readonly<Record<string, string | undefined>>,
  ): EngineResult<IndicatorListResponse>;
  indicatorDetail(id: string, area?: string): EngineResult<IndicatorDetailResponse>;
  scorecard(structureId: string, nodeId: string, period?: string): EngineResult<ScorecardResponse>;
  statusSummary(
    structureId: string,
    nodeId: string,
    period?: string,
  ): EngineResult<StatusSummaryResponse>;
  comparableIndicators(): ComparableIndicatorsResponse;
  comparison(indicatorId: string): EngineResult<ComparisonResponse>;
  recordActual(indicatorId: string, body: unknown): EngineResult<RecordActualResponse>;
  /** Every indicator's row for an area as at a period (latest when undefined), in dataset order. */
  rowsAt(period?: string, area?: string): IndicatorRow[];
  /** The areas with at least one figure for the indicator. */
  areasWithFigures(indicatorId: string): string[];
}

const key = (...parts: string[]) => parts.join('\u0000');

function push<K, V>(map: Map<K, V[]>, k: K, value: V): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/** The periods the figures cover, in order, each once. */
const periodsOf = (observations: readonly Observation[]) =>
  sortPeriodIds([...new Set(observations.map((o) => o.period))]);

function firstIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}) {
  const [issue] = error.issues;
  const field = issue?.path[0] === undefined ? 'query' : String(issue.path[0]);
  return { field, message: `${field}: ${issue?.message ?? 'not understood'}` };
}

export function createApiEngine(
  dataset: Dataset,
  problems: readonly DataProblem[] = [],
  options: EngineOptions = {},
): ApiEngine {
  const writable = options.writable ?? true;
  const authority = dataset.manifest.authority.id;
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));

  // Engine-owned copies: recorded actuals are added here, never to the dataset's arrays.
  // Nested maps, not joined string keys: 1.9 million figures in the national set would make as
  // many key strings just to index them.
  const byIndicator = new Map<string, Observation[]>();
  const byIndicatorArea = new Map<string, Map<string, Observation[]>>();
  for (const observation of dataset.observations) {
    push(byIndicator, observation.indicatorId, observation);
    let byArea = byIndicatorArea.get(observation.indicatorId);
    if (!byArea) {
      byArea = new Map();
      byIndicatorArea.set(observation.indicatorId, byArea);
    }
    push(byArea, observation.area, observation);
  }
  const observationsOf = (indicatorId: string, area: string): Observation[] =>
    byIndicatorArea.get(indicatorId)?.get(area) ?? [];
  const commentaryBy = new Map<string, Commentary[]>();
  for (const item of dataset.commentary) push(commentaryBy, key(item.indicatorId, item.area), item);
  const notesBy = new Map<string, Dataset['notes']>();
  for (const note of dataset.notes)
    for (const id of new Set(note.indicatorIds)) push(notesBy, id, note);

  const areas = new Map<string, Area>(dataset.areas.map((area) => [area.id, area]));
  if (!areas.has(authority)) {
    areas.set(authority, { id: authority, name: dataset.manifest.authority.name, type: 'other' });
  }
  let observationCount = dataset.observations.length;
  const rowsCache = new Map<string, IndicatorRow[]>();
  let periodsCache: string[] | null = null;
  let comparableCache: ComparableIndicatorsResponse | null = null;

  // List rows carry the indicator summary (no description or polarity reason): tables don't show
  // them and they were a third of every list. The detail has the full definition.
  function rowFor(
    indicator: Indicator,
    area: string,
    period: string | undefined,
    full = false,
  ): IndicatorRow {
    const observations = observationsOf(indicator.id, area);
    const assessment = assessIndicator(indicator, observations, period);
    return {
      ...assessment,
      // The detail carries provenance apart from its row.
      indicator: full ? without(indicator, 'provenance') : indicatorSummary(indicator),
      commentaryCount: commentaryBy.get(key(indicator.id, area))?.length ?? 0,
      noteCount: notesBy.get(indicator.id)?.length ?? 0,
    };
  }

  function rowsAt(period?: string, area: string = authority): IndicatorRow[] {
    const cacheKey = key(area, period ?? '');
    const cached = rowsCache.get(cacheKey);
    if (cached) return cached;
    const rows = dataset.indicators.map((indicator) => rowFor(indicator, area, period));
    rowsCache.set(cacheKey, rows);
    return rows;
  }

  function periods(): string[] {
    if (periodsCache) return periodsCache;
    const seen = new Set<string>();
    for (const list of byIndicator.values()) for (const o of list) seen.add(o.period);
    periodsCache = sortPeriodIds([...seen]);
    return periodsCache;
  }

  function ownersOf(indicator: Indicator): OrgNode[] {
    const nodes: OrgNode[] = [];
    const seen = new Set<string>();
    for (const owner of indicator.owners) {
      for (const structure of dataset.structures) {
        if (owner.structureId !== undefined && owner.structureId !== structure.id) continue;
        const node = structure.nodes.find((candidate) => candidate.id === owner.nodeId);
        if (node && !seen.has(key(structure.id, node.id))) {
          seen.add(key(structure.id, node.id));
          nodes.push(node);
        }
      }
    }
    return nodes;
  }

  /** In order of each area's first figure, as the observations list has them. */
  function areasWithFigures(indicatorId: string): string[] {
    return [...(byIndicatorArea.get(indicatorId)?.keys() ?? [])];
  }

  function checkPeriod(period: string | undefined): EngineResult<never> | null {
    if (period === undefined) return null;
    const parsed = periodIdSchema.safeParse(period);
    return parsed.success
      ? null
      : failure(400, `period: ${parsed.error.issues[0]?.message ?? 'not a period'}`, 'period');
  }

  function notFoundNode<T>(structureId: string, nodeId: string): EngineResult<T> {
    const structure = dataset.structures.find((candidate) => candidate.id === structureId);
    return structure
      ? failure(404, `There is no unit "${nodeId}" in the ${structure.name} structure.`, 'nodeId')
      : failure(404, `There is no organisation structure "${structureId}".`, 'structureId');
  }

  return {
    dataset,
    rowsAt,
    areasWithFigures,

    manifest: () => ({
      manifest: dataset.manifest,
      counts: {
        indicators: dataset.indicators.length,
        observations: observationCount,
        areas: areas.size,
        notes: dataset.notes.length,
      },
      periods: periods(),
      problems: [...problems],
      writable,
    }),

    organisation: () => ({ structures: dataset.structures }),

    indicatorList(raw) {
      const parsed = indicatorListQuerySchema.safeParse(raw);
      if (!parsed.success) {
        const { field, message } = firstIssue(parsed.error);
        return failure(400, message, field);
      }
      const params: IndicatorListQuery = parsed.data;
      const area = params.area ?? authority;
      if (!areas.has(area))
        return failure(400, `area: there is no area "${area}" in this dataset.`, 'area');
      const rows = filterRows(rowsAt(params.period, area), params, dataset.structures);
      return success({ rows, total: rows.length, counts: countStatuses(rows) });
    },

    indicatorDetail(id, area = authority) {
      const indicator = indicators.get(id);
      if (!indicator) return failure(404, `There is no indicator "${id}".`, 'indicatorId');
      if (!areas.has(area))
        return failure(404, `There is no area "${area}" in this dataset.`, 'area');
      return success({
        row: rowFor(indicator, area, undefined, true),
        indicator,
        observations: observationsOf(id, area),
        commentary: commentaryBy.get(key(id, area)) ?? [],
        notes: notesBy.get(id) ?? [],
        owners: ownersOf(indicator),
        comparisonAreaCount: areasWithFigures(id).length,
      });
    },

    scorecard(structureId, nodeId, period) {
      const bad = checkPeriod(period);
      if (bad) return bad;
      const scorecard = buildScorecard(dataset.structures, rowsAt(period), structureId, nodeId);
      return scorecard ? success(scorecard) : notFoundNode(structureId, nodeId);
    },

    statusSummary(structureId, nodeId, period) {
      const bad = checkPeriod(period);
      if (bad) return bad;
      const summary = buildStatusSummary(
        dataset.structures,
        rowsAt(period),
        structureId,
        nodeId,
        period ?? null,
      );
      return summary ? success(summary) : notFoundNode(structureId, nodeId);
    },

    comparableIndicators() {
      if (comparableCache) return comparableCache;
      const items: ComparableIndicatorsResponse['items'] = [];
      for (const indicator of dataset.indicators) {
        const observations = byIndicator.get(indicator.id) ?? [];
        const areaIds = new Set(observations.map((o) => o.area));
        if (areaIds.size < 2) continue;
        items.push({
          id: indicator.id,
          title: indicator.title,
          codes: indicator.codes,
          areaCount: areaIds.size,
          periods: periodsOf(observations),
        });
      }
      comparableCache = { items };
      return comparableCache;
    },

    comparison(indicatorId) {
      const indicator = indicators.get(indicatorId);
      if (!indicator) return failure(404, `There is no indicator "${indicatorId}".`, 'indicatorId');
      const observations = byIndicator.get(indicatorId) ?? [];
      const areaIds = new Set(observations.map((o) => o.area));
      const groups = dataset.groups.filter(
        (group) =>
          group.members.some((member) => areaIds.has(member)) ||
          (group.leadArea !== undefined && areaIds.has(group.leadArea)),
      );
      // Every area a returned group names, figures or not: otherwise the client can only guess a
      // figureless member's name from its id.
      const shown = new Set(areaIds);
      for (const group of groups) {
        if (group.leadArea !== undefined) shown.add(group.leadArea);
        for (const member of group.members) shown.add(member);
      }
      return success({
        indicator,
        areas: [...shown].flatMap((id) => areas.get(id) ?? []),
        groups,
        observations,
        tables: dataset.comparisonTables.filter((table) =>
          table.indicatorIds.includes(indicatorId),
        ),
        periods: periodsOf(observations),
      });
    },

    recordActual(indicatorId, body) {
      if (!writable) return failure(405, STATIC_WRITE_MESSAGE);
      const indicator = indicators.get(indicatorId);
      if (!indicator) return failure(404, `There is no indicator "${indicatorId}".`, 'indicatorId');
      const checked = validateRecordActual(indicator, body, new Set(areas.keys()));
      if (!checked.ok) return checked;
      const { period, basis, value, commentary } = checked.request;
      const area = checked.request.area ?? authority;
      const observation: Observation = {
        indicatorId,
        area,
        period,
        basis,
        measure: 'actual',
        value,
        printed: String(value),
      };

      // A second figure for the same period corrects the first rather than sitting beside it.
      const sameSlot = (o: Observation) =>
        o.area === area && o.period === period && o.basis === basis && o.measure === 'actual';
      const before = byIndicator.get(indicatorId) ?? [];
      const kept = before.filter((o) => !sameSlot(o));
      byIndicator.set(indicatorId, [...kept, observation]);
      observationCount += 1 - (before.length - kept.length);
      const byArea = byIndicatorArea.get(indicatorId) ?? new Map<string, Observation[]>();
      byIndicatorArea.set(indicatorId, byArea);
      byArea.set(area, [
        ...observationsOf(indicatorId, area).filter((o) => !sameSlot(o)),
        observation,
      ]);
      let note: Commentary | null = null;
      if (commentary !== undefined && commentary.trim() !== '') {
        note = {
          indicatorId,
          area,
          period,
          text: commentary.trim(),
          author: 'Recorded in Ragstone',
        };
        push(commentaryBy, key(indicatorId, area), note);
      }
      rowsCache.clear();
      periodsCache = null;
      comparableCache = null;
      return success(
        { observation, commentary: note, row: rowFor(indicator, area, undefined, true) },
        201,
      );
    },
  };
}
