/** The engine's read endpoints, over its state: the manifest, lists, details, unit views, comparisons. */
import {
  indicatorListQuerySchema,
  profileChoiceSchema,
  type IndicatorRow,
} from '@/data/api/contract';
import { filterRows } from '@/data/api/filter-rows';
import { buildScorecard, buildStatusSummary } from '@/data/api/organisation-views';
import type { DataProblem, Dataset } from '@/data/contract/assemble-dataset';
import { periodIdSchema, type Indicator, type OrgNode } from '@/data/contract/dataset-schema';
import { countStatuses } from '@/domain/aggregate';
import { isPeriodId } from '@/domain/periods';
import { withoutAssumedProfiles } from '@/domain/profile';
import { comparableIndicators, comparisonOf, figuresOf } from './comparisons';
import type { ApiEngine } from './engine-api';
import { failure, success, type EngineResult } from './engine-result';
import type { EngineState } from './engine-state';
import {
  firstIssueWords,
  missingUnitWords,
  noAreaWords,
  noIndicatorWords,
  PROFILES_WORDS,
  unknownAreaParameterWords,
} from './engine-words';
import { key } from './figure-index';

export type EngineReads = Pick<
  ApiEngine,
  | 'manifest'
  | 'organisation'
  | 'indicatorList'
  | 'indicatorDetail'
  | 'history'
  | 'scorecard'
  | 'statusSummary'
  | 'comparableIndicators'
  | 'comparison'
  | 'comparisonFigures'
  | 'rowsAt'
  | 'areasWithFigures'
>;

/** The units responsible for an indicator, each once, in the order its owners name them. */
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
  const { message, field } = missingUnitWords(dataset.structures, structureId, nodeId);
  return failure(404, message, field);
}

export function engineReads(
  state: EngineState,
  problems: readonly DataProblem[],
  writable: boolean,
): EngineReads {
  const { dataset, authority, indicators, areas, figures, ledger, rowFor, rowsAt } = state;

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
    if (!choice.success) return { refused: failure(400, PROFILES_WORDS, 'profiles') };
    const rows = rowsAt(period);
    return { rows: choice.data === 'paper' ? rows.map(withoutAssumedProfiles) : rows };
  }

  return {
    rowsAt,
    areasWithFigures: (indicatorId) => figures.areasWithFigures(indicatorId),

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
        const { field, message } = firstIssueWords(parsed.error);
        return failure(400, message, field);
      }
      const params = parsed.data;
      const area = params.area ?? authority;
      if (!areas.has(area)) return failure(400, unknownAreaParameterWords(area), 'area');
      const rows = filterRows(rowsAt(params.period, area), params, dataset.structures);
      return success({ rows, total: rows.length, counts: countStatuses(rows) });
    },

    indicatorDetail(id, area = authority) {
      const indicator = indicators.get(id);
      if (!indicator) return failure(404, noIndicatorWords(id), 'indicatorId');
      if (!areas.has(area)) return failure(404, noAreaWords(area), 'area');
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
      if (!indicators.has(id)) return failure(404, noIndicatorWords(id), 'indicatorId');
      if (!areas.has(area)) return failure(404, noAreaWords(area), 'area');
      return success({
        entries: [...ledger.historyOf(id, area)],
        profileChanges: state.profileLedger.historyOf(id),
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

    comparableIndicators: () => state.comparable(() => comparableIndicators(dataset, figures)),

    comparison(indicatorId) {
      const indicator = indicators.get(indicatorId);
      if (!indicator) return failure(404, noIndicatorWords(indicatorId), 'indicatorId');
      return success(comparisonOf(dataset, figures, areas, indicator));
    },

    comparisonFigures(indicatorId, period) {
      const indicator = indicators.get(indicatorId);
      if (!indicator) return failure(404, noIndicatorWords(indicatorId), 'indicatorId');
      if (period === undefined || !isPeriodId(period))
        return failure(
          400,
          'Give the period as ?period= and a period id (e.g. 2012-03).',
          'period',
        );
      return success(figuresOf(figures, indicator, period));
    },
  };
}
