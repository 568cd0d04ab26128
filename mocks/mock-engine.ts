/**
 * The engine the handlers answer from: the current dataset (or its empty twin in the 'empty'
 * scenario), assembled once per dataset and given a fresh engine whenever the mocks are reset.
 */
import { formatProblem } from '@/data/contract/assemble-dataset';
import { createApiEngine, type ApiEngine } from '@server/engine/engine';
import { emptyDataset, type AssembledDataset } from './load-dataset-modules';
import { currentScenario, datasetLoader, type DatasetName } from './scenarios';

const assembled = new Map<DatasetName, Promise<AssembledDataset>>();
const engines = new Map<string, ApiEngine>();
let enginesGeneration = -1;

function assemble(name: DatasetName): Promise<AssembledDataset> {
  let promise = assembled.get(name);
  if (!promise) {
    promise = datasetLoader(name)();
    assembled.set(name, promise);
  }
  return promise;
}

export class DatasetUnavailableError extends Error {}

export async function getMockEngine(): Promise<ApiEngine> {
  const { dataset: name, scenario, generation } = currentScenario();
  if (generation !== enginesGeneration) {
    engines.clear();
    enginesGeneration = generation;
  }
  const slot = `${name}:${scenario === 'empty' ? 'empty' : 'full'}`;
  const existing = engines.get(slot);
  if (existing) return existing;
  const { dataset, problems } = await assemble(name);
  if (!dataset) {
    const first = problems[0];
    throw new DatasetUnavailableError(
      `The ${name} dataset could not be loaded${first ? `: ${formatProblem(first)}` : ''}.`,
    );
  }
  const engine =
    scenario === 'empty'
      ? createApiEngine(emptyDataset(dataset), [])
      : createApiEngine(dataset, problems);
  engines.set(slot, engine);
  return engine;
}
