/**
 * What every transport answers (transport.ts chooses one): the contract's reads and writes as
 * promises of validated data. Types only, apart from two phrases the messages share, so code that
 * only names the client does not pull in a transport or the contract's schemas.
 */
import type { ProfileChoice } from '@/domain/profile';
import type { TransportKind } from '@/lib/env';
import type { IndicatorListResult, ScorecardResult } from './lenient-rows';
import type {
  IndicatorReturnsResponse,
  ReturnBatchRequest,
  ReturnBatchResponse,
} from './returns-batch-contract';
import type {
  BenchmarkImportsResponse,
  ComparableIndicatorsResponse,
  ComparisonFiguresResponse,
  ComparisonResponse,
  HistoryResponse,
  ImportedSet,
  IndicatorDetailResponse,
  IndicatorListQuery,
  ManifestResponse,
  MyReturnsResponse,
  NewBenchmarkImport,
  OrganisationResponse,
  OverdueQuery,
  OverdueReturnsResponse,
  RecordActualInput,
  RecordActualResponse,
  ReturnResponse,
  ReturnStep,
  SaveReturnRequest,
  SessionResponse,
  SignInRequest,
  StatusSummaryResponse,
} from './contract';

export interface ApiClient {
  readonly transport: TransportKind;
  manifest(signal?: AbortSignal): Promise<ManifestResponse>;
  organisation(signal?: AbortSignal): Promise<OrganisationResponse>;
  indicatorList(params: IndicatorListQuery, signal?: AbortSignal): Promise<IndicatorListResult>;
  /** `area` undefined: the dataset's own authority. */
  indicatorDetail(
    id: string,
    area: string | undefined,
    signal?: AbortSignal,
  ): Promise<IndicatorDetailResponse>;
  scorecard(
    structureId: string,
    nodeId: string,
    period: string | undefined,
    signal?: AbortSignal,
    profiles?: ProfileChoice,
  ): Promise<ScorecardResult>;
  statusSummary(
    structureId: string,
    nodeId: string,
    period: string | undefined,
    signal?: AbortSignal,
    profiles?: ProfileChoice,
  ): Promise<StatusSummaryResponse>;
  comparableIndicators(signal?: AbortSignal): Promise<ComparableIndicatorsResponse>;
  comparison(indicatorId: string, signal?: AbortSignal): Promise<ComparisonResponse>;
  comparisonFigures(
    indicatorId: string,
    period: string,
    signal?: AbortSignal,
  ): Promise<ComparisonFiguresResponse>;
  /** `ifMatch`: the version being corrected (from a 409's `current.version`). */
  recordActual(
    indicatorId: string,
    body: RecordActualInput,
    ifMatch?: number,
  ): Promise<RecordActualResponse>;
  history(indicatorId: string, area?: string, signal?: AbortSignal): Promise<HistoryResponse>;
  /** A filled returns template: checked (mode 'check') or committed as one batch. */
  returnBatch(body: ReturnBatchRequest): Promise<ReturnBatchResponse>;
  undoReturnBatch(batchId: string): Promise<ReturnBatchResponse>;
  indicatorReturns(indicatorId: string, signal?: AbortSignal): Promise<IndicatorReturnsResponse>;
  /** Who is signed in; remembers the session's CSRF token for later writes. */
  me(signal?: AbortSignal): Promise<SessionResponse>;
  signIn(body: SignInRequest): Promise<SessionResponse>;
  signOut(): Promise<void>;
  /** The returns due, overdue, returned and awaiting approval for the signed-in person. */
  myReturns(today: string | undefined, signal?: AbortSignal): Promise<MyReturnsResponse>;
  /** One page of the overdue returns the person can see, for a unit when asked. */
  overdueReturns(query: OverdueQuery, signal?: AbortSignal): Promise<OverdueReturnsResponse>;
  /** The person's rights over an indicator, its return for `period` and its open returns. */
  indicatorReturn(
    indicatorId: string,
    period: string,
    signal?: AbortSignal,
  ): Promise<ReturnResponse>;
  saveReturn(indicatorId: string, body: SaveReturnRequest): Promise<ReturnResponse>;
  /** Submit, approve, or return with a reason (`reason` only for 'return'). */
  returnStep(
    indicatorId: string,
    period: string,
    step: ReturnStep,
    reason?: string,
  ): Promise<ReturnResponse>;
  /**
   * The benchmark imports the server keeps, or null where there is no server to keep them (the
   * static publication, the mock service worker, a server without accounts): the browser keeps
   * them then (ADR 0053).
   */
  benchmarkImports(signal?: AbortSignal): Promise<BenchmarkImportsResponse | null>;
  addBenchmarkImport(body: NewBenchmarkImport): Promise<ImportedSet>;
  removeBenchmarkImport(id: string): Promise<void>;
}

export const scorecardWhat = (structureId: string, nodeId: string) =>
  `the scorecard for ${nodeId} (${structureId})`;
export const summaryWhat = (structureId: string, nodeId: string) =>
  `the status summary for ${nodeId} (${structureId})`;
