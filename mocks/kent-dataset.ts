/** The embedded Kent dataset (datasets/kent), loaded lazily so it is its own chunk in development. */
import { loadDatasetModules, type AssembledDataset } from './load-dataset-modules';

const modules = import.meta.glob('../datasets/kent/**/*.json', { import: 'default' });

export function loadKentDataset(): Promise<AssembledDataset> {
  return loadDatasetModules(modules, '../datasets/kent/');
}
