/**
 * The API engine: answers every endpoint of src/data/api/contract.ts from an assembled dataset.
 * Pure (no MSW, no I/O), so the MSW handlers, the static build, the server's read model and the
 * benchmarks all run the same code. Indexes are built once per engine and rows memoised per area
 * and period, because the synthetic national dataset (152 authorities × ~200 indicators × 60
 * months) goes through here too. Writes applied here live in this engine only; the server stores
 * them in its database first and builds a fresh engine from it (server/read-model.ts).
 */
import {
  indicatorListQuerySchema,
  profileChoiceSchema,
  type ComparableIndicatorsResponse,
  type ComparisonResponse,
  type ComparisonFiguresResponse,
  type HistoryResponse,
  type IndicatorDetailResponse,
  type IndicatorListQuery,
  type IndicatorListResponse,
  type IndicatorRow,
  type ManifestResponse,
  type OrganisationResponse,
  type RecordActualResponse,
  type ScorecardResponse,
  type StatusSummaryResponse,
  type ChangeEntry,
  type ProfileChange,
  STATIC_WRITE_MESSAGE,
} from '@/data/api/contract';
import { filterRows } from '@/data/api/filter-rows';
import { buildScorecard, buildStatusSummary } from '@/data/api/organisation-views';
import { indicatorSummary, without } from '@/data/api/static-shards';
import type { DataProblem, Dataset } from '@/data/contract/assemble-dataset';
import {
  periodIdSchema,
  type Area,
  type Indicator,
  type OrgNode,
} from '@/data/contract/dataset-schema';
import { countStatuses } from '@/domain/aggregate';
import { assessIndicator } from '@/domain/assess';
import { isPeriodId } from '@/domain/periods';
import { withoutAssumedProfiles } from '@/domain/profile';
import { comparableIndicators, comparisonOf, figuresOf } from './comparisons';
import { conflict, failure, success, type EngineResult } from './engine-result';
import { createFigureIndex, key } from './figure-index';
import { createProfileLedger, type ProfileLedger } from './profile-ledger';
import {
  checkPrecondition,
  commentaryChange,
  createLedger,
  figureChange,
  missingReason,
  type FigureWrite,
  type LedgerSnapshot,
  type SlotState,
  type WriteContext,
} from './ledger';
import { validateRecordActual } from './validate-actual';

export interface EngineOptions {
  /** False for the static publication: the manifest says so and writes are refused. */
  writable?: boolean;
  /** Changes made in Ragstone so far (the server loads them from its database). */
  ledger?: LedgerSnapshot;
  /** The clock for history entries written in memory; the server's database has its own. */
  now?: () => Date;
  /** The monthly profiles administrators set, oldest first (the server loads them). */
  profiles?: readonly ProfileChange[];
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
  history(id: string, area?: string): EngineResult<HistoryResponse>;
  scorecard(
    structureId: string,
    nodeId: string,
    period?: string,
    profiles?: string,
  ): EngineResult<ScorecardResponse>;
  statusSummary(
    structureId: string,
    nodeId: string,
    period?: string,
    profiles?: string,
  ): EngineResult<StatusSummaryResponse>;
  comparableIndicators(): ComparableIndicatorsResponse;
  comparison(indicatorId: string): EngineResult<ComparisonResponse>;
  /** One period's figures of a comparison (`GET /compare/{id}/figures?period=`). */
  comparisonFigures(
    indicatorId: string,
    period: string | undefined,
  ): EngineResult<ComparisonFiguresResponse>;
  /** Checks a write against the contract and the indicator: 405, 404 or 422 when it can't be made. */
  planWrite(indicatorId: string, body: unknown): EngineResult<FigureWrite>;
  /** The slot a write goes to, as this engine has it. */
  slotState(write: FigureWrite): SlotState;
  /** The answer to a stored write, from this engine's (refreshed) figures. */
  writeResponse(write: FigureWrite, change: ChangeEntry): RecordActualResponse;
  /**
   * Applies a committed write and its history entries (the figure's first) to this engine: the
   * server's way of keeping its read model level with the database without reading it all again.
   */
  applyWrite(write: FigureWrite, entries: readonly ChangeEntry[]): void;
  /** Plans, checks the version and applies a write in memory (the mock service's way). */
  recordActual(
    indicatorId: string,
    body: unknown,
    context: WriteContext,
  ): EngineResult<RecordActualResponse>;
  /** Every indicator's row for an area as at a period (latest when undefined), in dataset order. */
  rowsAt(period?: string, area?: string): IndicatorRow[];
  /** The areas with at least one figure for the indicator. */
  areasWithFigures(indicatorId: string): string[];
  /** The monthly profiles administrators set (read only: change them with applyProfileChange). */
  readonly profiles: Omit<ProfileLedger, 'apply'>;
  /** The indicator as the domain rates it: with the profiles set for its years. */
  assessable(indicator: Indicator): Indicator & { setProfiles?: Record<string, readonly number[]> };
  /** Applies a committed (server) or accepted (mock) profile change; statuses follow at once. */
  applyProfileChange(change: ProfileChange): void;
}

function firstIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}) {
  const [issue] = error.issues;
  const field = issue?.path[0] === undefined ? 'query' : String(issue.path[0]);
  return { field, message: `${field}: ${issue?.message ?? 'not understood'}` };
}

function ownersOf(dataset: Dataset, indicator: Indicator): OrgNode[] {
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

function checkPeriod(period: string | undefined): EngineResult<never> | null {
  if (period === undefined) return null;
  const parsed = periodIdSchema.safeParse(period);
  return parsed.success
    ? null
    : failure(400, `period: ${parsed.error.issues[0]?.message ?? 'not a period'}`, 'period');
}

function notFoundNode<T>(dataset: Dataset, structureId: string, nodeId: string): EngineResult<T> {
  const structure = dataset.structures.find((candidate) => candidate.id === structureId);
  return structure
    ? failure(404, `There is no unit "${nodeId}" in the ${structure.name} structure.`, 'nodeId')
    : failure(404, `There is no organisation structure "${structureId}".`, 'structureId');
}

export function createApiEngine(
  dataset: Dataset,
  problems: readonly DataProblem[] = [],
  options: EngineOptions = {},
): ApiEngine {
  const writable = options.writable ?? true;
  const now = options.now ?? (() => new Date());
  const authority = dataset.manifest.authority.id;
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));
  const figures = createFigureIndex(dataset);
  const ledger = createLedger(options.ledger);
  const profileLedger = createProfileLedger(options.profiles);
  const areas = new Map<string, Area>(dataset.areas.map((area) => [area.id, area]));
  if (!areas.has(authority)) {
    areas.set(authority, { id: authority, name: dataset.manifest.authority.name, type: 'other' });
  }
  const rowsCache = new Map<string, IndicatorRow[]>();
  let comparableCache: ComparableIndicatorsResponse | null = null;

  // List rows carry the indicator summary (no description or polarity reason): tables don't show
  // them and they were a third of every list. The detail has the full definition.
  function rowFor(
    indicator: Indicator,
    area: string,
    period: string | undefined,
    full = false,
  ): IndicatorRow {
    const assessment = assessIndicator(
      assessable(indicator),
      figures.observationsOf(indicator.id, area),
      period,
    );
    return {
      ...assessment,
      // The detail carries provenance apart from its row.
      indicator: full ? without(indicator, 'provenance') : indicatorSummary(indicator),
      commentaryCount: figures.commentaryOf(indicator.id, area).length,
      noteCount: figures.notesOf(indicator.id).length,
    };
  }

  function assessable(indicator: Indicator) {
    const setProfiles = profileLedger.inForce(indicator.id);
    return setProfiles === undefined ? indicator : { ...indicator, setProfiles };
  }

  function rowsAt(period?: string, area: string = authority): IndicatorRow[] {
    const cacheKey = key(area, period ?? '');
    const cached = rowsCache.get(cacheKey);
    if (cached) return cached;
    const rows = dataset.indicators.map((indicator) => rowFor(indicator, area, period));
    rowsCache.set(cacheKey, rows);
    return rows;
  }

  /**
   * The authority's rows as a unit's scorecard and status summary show them: with assumed target
   * profiles, or ('paper') the statuses the paper's figures alone support. One place, so the two
   * endpoints always agree.
   */
  function rowsShown(
    period: string | undefined,
    profiles: string | undefined,
  ): { rows: IndicatorRow[] } | { refused: EngineResult<never> } {
    const bad = checkPeriod(period);
    if (bad) return { refused: bad };
    const choice = profileChoiceSchema.optional().safeParse(profiles);
    if (!choice.success)
      return {
        refused: failure(
          400,
          'profiles: the only choice is "paper" (statuses without assumed profiles).',
          'profiles',
        ),
      };
    const rows = rowsAt(period);
    return { rows: choice.data === 'paper' ? rows.map(withoutAssumedProfiles) : rows };
  }

  const engine: ApiEngine = {
    dataset,
    rowsAt,
    areasWithFigures: (indicatorId) => figures.areasWithFigures(indicatorId),
    profiles: profileLedger,
    assessable,

    applyProfileChange(change) {
      profileLedger.apply(change);
      rowsCache.clear();
    },

    manifest: () => ({
      manifest: dataset.manifest,
      counts: {
        indicators: dataset.indicators.length,
        observations: figures.observationCount(),
        areas: areas.size,
        notes: dataset.notes.length,
      },
      periods: figures.periods(),
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
        observations: [...figures.observationsOf(id, area)],
        commentary: [...figures.commentaryOf(id, area)],
        notes: [...figures.notesOf(id)],
        owners: ownersOf(dataset, indicator),
        comparisonAreaCount: figures.areasWithFigures(id).length,
      });
    },

    history(id, area = authority) {
      if (!indicators.has(id)) return failure(404, `There is no indicator "${id}".`, 'indicatorId');
      if (!areas.has(area))
        return failure(404, `There is no area "${area}" in this dataset.`, 'area');
      return success({
        entries: [...ledger.historyOf(id, area)],
        profileChanges: profileLedger.historyOf(id),
      });
    },

    scorecard(structureId, nodeId, period, profiles) {
      const shown = rowsShown(period, profiles);
      if ('refused' in shown) return shown.refused;
      const scorecard = buildScorecard(dataset.structures, shown.rows, structureId, nodeId);
      return scorecard ? success(scorecard) : notFoundNode(dataset, structureId, nodeId);
    },

    statusSummary(structureId, nodeId, period, profiles) {
      const shown = rowsShown(period, profiles);
      if ('refused' in shown) return shown.refused;
      const summary = buildStatusSummary(
        dataset.structures,
        shown.rows,
        structureId,
        nodeId,
        period ?? null,
      );
      return summary ? success(summary) : notFoundNode(dataset, structureId, nodeId);
    },

    comparableIndicators() {
      comparableCache ??= comparableIndicators(dataset, figures);
      return comparableCache;
    },

    comparison(indicatorId) {
      const indicator = indicators.get(indicatorId);
      if (!indicator) return failure(404, `There is no indicator "${indicatorId}".`, 'indicatorId');
      return success(comparisonOf(dataset, figures, areas, indicator));
    },

    comparisonFigures(indicatorId, period) {
      const indicator = indicators.get(indicatorId);
      if (!indicator) return failure(404, `There is no indicator "${indicatorId}".`, 'indicatorId');
      if (period === undefined || !isPeriodId(period))
        return failure(
          400,
          'Give the period as ?period= and a period id (e.g. 2012-03).',
          'period',
        );
      return success(figuresOf(figures, indicator, period));
    },

    planWrite(indicatorId, body) {
      if (!writable) return failure(405, STATIC_WRITE_MESSAGE);
      const indicator = indicators.get(indicatorId);
      if (!indicator) return failure(404, `There is no indicator "${indicatorId}".`, 'indicatorId');
      const ownPeriods = figures.byIndicator(indicatorId).map((o) => o.period);
      const checked = validateRecordActual(
        indicator,
        body,
        new Set(areas.keys()),
        ownPeriods.length > 0 ? ownPeriods : figures.periods(),
      );
      if (!checked.ok) return checked;
      const { period, basis, measure, value, commentary, reason } = checked.request;
      const area = checked.request.area ?? authority;
      const slot = { indicatorId, area, period, basis, measure };
      const text = commentary?.trim() ?? '';
      return success({
        slot,
        observation: { ...slot, value, printed: String(value) },
        commentary:
          text === '' ? null : { indicatorId, area, period, text, author: 'Recorded in Ragstone' },
        reason,
      });
    },

    slotState: (write) => ledger.stateOf(write.slot, figures.slotFigures(write.slot)),

    writeResponse(write, change) {
      const indicator = indicators.get(write.slot.indicatorId);
      if (!indicator) throw new Error(`writeResponse: no indicator ${write.slot.indicatorId}`);
      return {
        observation: write.observation,
        commentary: write.commentary,
        row: rowFor(indicator, write.slot.area, undefined, true),
        version: change.version,
        change,
      };
    },

    applyWrite(write, entries) {
      if (write.commentary) figures.addCommentary(write.commentary);
      figures.replaceSlot(write.observation);
      ledger.apply(entries);
      rowsCache.clear();
      comparableCache = null;
    },

    recordActual(indicatorId, body, context) {
      const planned = engine.planWrite(indicatorId, body);
      if (!planned.ok) return planned;
      const write = planned.body;
      const state = engine.slotState(write);
      const clash = checkPrecondition(write, state, context.ifMatch);
      if (clash) return conflict(clash);
      const noReason = missingReason(write, state);
      if (noReason) return failure(422, noReason, 'reason');
      const at = now().toISOString();
      const change = figureChange(write, state, { actor: context.actor, at, id: ledger.nextId() });
      const entries = [change];
      if (write.commentary) {
        const id = change.id + 1;
        entries.push(
          commentaryChange(write, write.commentary.text, { actor: context.actor, at, id }),
        );
        figures.addCommentary(write.commentary);
      }
      figures.replaceSlot(write.observation);
      ledger.apply(entries);
      rowsCache.clear();
      comparableCache = null;
      return success(engine.writeResponse(write, change), state.version > 0 ? 200 : 201);
    },
  };
  return engine;
}
