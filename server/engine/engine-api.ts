/** What an API engine answers (server/engine/engine.ts builds one): the endpoints of docs/api.md. */
import type {
  ChangeEntry,
  ComparableIndicatorsResponse,
  ComparisonFiguresResponse,
  ComparisonResponse,
  HistoryResponse,
  IndicatorDetailResponse,
  IndicatorListResponse,
  IndicatorRow,
  ManifestResponse,
  ProfileChange,
  OrganisationResponse,
  RecordActualResponse,
  ScorecardResponse,
  StatusSummaryResponse,
} from '@/data/api/contract';
import type { Dataset } from '@/data/contract/assemble-dataset';
import type { Indicator } from '@/data/contract/dataset-schema';
import type { EngineResult } from './engine-result';
import type { FigureWrite, LedgerSnapshot, SlotState, WriteContext } from './ledger';
import type { ProfileLedger } from './profile-ledger';

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
