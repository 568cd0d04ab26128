/**
 * The mock service worker for development (and `VITE_USE_MSW=true` builds). src/main.tsx awaits
 * `startMockServiceWorker()` before rendering, so the first request is already answered by it.
 */
import { setupWorker } from 'msw/browser';
import { appEnv } from '@/lib/env';
import { createHandlers } from './handlers';
import {
  isDatasetName,
  isScenarioName,
  setDataset,
  setScenario,
  type ScenarioName,
} from './scenarios';

const SCENARIO_KEY = 'ragstone:msw-scenario';
const DATASET_KEY = 'ragstone:msw-dataset';
const MALFORMED_KEY = 'ragstone:msw-malformed';

/** `?scenario=` and `?dataset=` win and are remembered for the tab; 'normal' / 'kent' forget them. */
function remember(
  search: URLSearchParams,
  param: string,
  storageKey: string,
  reset: string,
): string | null {
  const value = search.get(param);
  if (value !== null) {
    if (value === reset || value === '') sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, value);
  }
  return sessionStorage.getItem(storageKey);
}

function chooseScenario(): void {
  const search = new URLSearchParams(window.location.search);
  const scenario =
    remember(search, 'scenario', SCENARIO_KEY, 'normal') ?? appEnv.mswScenario ?? 'normal';
  const dataset = remember(search, 'dataset', DATASET_KEY, 'kent');
  const malformed = remember(search, 'malformed', MALFORMED_KEY, '');
  if (isDatasetName(dataset)) setDataset(dataset);
  const name: ScenarioName = isScenarioName(scenario) ? scenario : 'normal';
  setScenario(name, malformed === null ? {} : { indicatorId: malformed });
  if (name !== 'normal') {
    console.info(
      `Ragstone mock API: scenario "${name}" (add ?scenario=normal to the address to go back).`,
    );
  }
}

export async function startMockServiceWorker(): Promise<void> {
  chooseScenario();
  // Always the local /api: with VITE_API_URL set, requests to the real server must pass through.
  const worker = setupWorker(...createHandlers(`${import.meta.env.BASE_URL}api`));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
