/**
 * Ways the mock API can misbehave, for development and tests:
 *   slow            every response after 2 s
 *   flaky           every third request answers 500 (a retry gets through)
 *   offline         every request fails at the network
 *   server-error    every request answers 500
 *   malformed       one indicator (the first on the default page, or `?malformed=<id>`) comes
 *                   back in the wrong shape, in its own endpoint and as a row of lists and
 *                   scorecards
 *   malformed-all   every response body is not JSON
 *   empty           the dataset has no indicators, units or figures
 * In the browser: `?scenario=slow` (remembered for the tab; `?scenario=normal` clears it) or
 * VITE_MSW_SCENARIO. In tests: `useScenario('flaky')`; test/setup.ts resets it after each test.
 */
import { loadFixtureDataset } from './fixture-dataset';
import { loadKentDataset } from './kent-dataset';
import type { AssembledDataset } from './load-dataset-modules';
import { resetMockReturns } from './returns-store';
import { resetAdminState } from './admin-state';
import { resetMockSession } from './session-handlers';

const SCENARIOS = [
  'normal',
  'slow',
  'flaky',
  'offline',
  'server-error',
  'malformed',
  'malformed-all',
  'empty',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export const DEFAULT_LATENCY_MS = 2000;

export interface ScenarioOptions {
  /** 'slow': how long each response waits (2 s unless a test wants it shorter). */
  latencyMs?: number;
  /** 'flaky': which requests fail (every third by default). */
  failEvery?: number;
  /** 'malformed': the indicator whose responses are broken (the default page's first by default). */
  indicatorId?: string;
}

const DATASET_NAMES = ['kent', 'fixture'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];
export type DatasetLoader = () => Promise<AssembledDataset>;

/** import.meta.glob loaders for the browser; mocks/node.ts swaps in file-system ones (much faster in Vitest). */
const loaders: Record<DatasetName, DatasetLoader> = {
  kent: loadKentDataset,
  fixture: loadFixtureDataset,
};

export function datasetLoader(name: DatasetName): DatasetLoader {
  return loaders[name];
}

export function setDatasetLoader(name: DatasetName, loader: DatasetLoader): void {
  loaders[name] = loader;
}

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

export function isDatasetName(value: unknown): value is DatasetName {
  return typeof value === 'string' && (DATASET_NAMES as readonly string[]).includes(value);
}

interface MockState {
  scenario: ScenarioName;
  options: ScenarioOptions;
  dataset: DatasetName;
  /** Requests answered since the scenario was set; 'flaky' fails on multiples of `failEvery`. */
  requests: number;
  /** Bumped to throw away the engine (and what was recorded in it). */
  generation: number;
  /** Something was recorded, so the next reset needs a fresh engine. */
  written: boolean;
}

const state: MockState = {
  scenario: 'normal',
  options: {},
  dataset: 'kent',
  requests: 0,
  generation: 0,
  written: false,
};

export function currentScenario(): Readonly<
  Pick<MockState, 'scenario' | 'options' | 'dataset' | 'generation'>
> {
  return state;
}

/** Counts a request and returns its number (1, 2, 3 …) under the current scenario. */
export function countRequest(): number {
  state.requests += 1;
  return state.requests;
}

export function setScenario(name: ScenarioName, options: ScenarioOptions = {}): void {
  state.scenario = name;
  state.options = options;
  state.requests = 0;
}

/** Test helper: switch the mock API's scenario for the rest of this test. */
export function useScenario(name: ScenarioName, options: ScenarioOptions = {}): void {
  setScenario(name, options);
}

/** The handlers call this when a figure is recorded. */
export function markWritten(): void {
  state.written = true;
}

/** Serve another dataset ('fixture' for tests that need known figures). */
export function setDataset(name: DatasetName): void {
  state.dataset = name;
}

/** Back to the Kent dataset, scenario 'normal', nothing recorded. test/setup.ts calls it after each test. */
export function resetMocks(): void {
  state.scenario = 'normal';
  state.options = {};
  state.dataset = 'kent';
  state.requests = 0;
  // Engines memoise their rows; keep them unless a test changed what they hold.
  if (state.written) state.generation += 1;
  state.written = false;
  resetMockSession();
  resetMockReturns();
  resetAdminState();
}
