/**
 * A tiny hand-made dataset (test/fixtures/dataset) with known figures: tests that check the API's
 * behaviour use it so they don't depend on the Kent data's exact numbers.
 */
import { loadDatasetModules, type AssembledDataset } from './load-dataset-modules';

const modules = import.meta.glob('../test/fixtures/dataset/*.json', { import: 'default' });

export function loadFixtureDataset(): Promise<AssembledDataset> {
  return loadDatasetModules(modules, '../test/fixtures/dataset/');
}
