/**
 * The MSW server for Vitest and Node scripts; test/setup.ts starts it for every test file.
 * Datasets are read from disk here: Vite's JSON transform would cost seconds per test file.
 */
import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { loadDatasetFromDisk } from './node-datasets';
import { setDatasetLoader } from './scenarios';

setDatasetLoader('kent', () => Promise.resolve(loadDatasetFromDisk('datasets/kent')));
setDatasetLoader('fixture', () => Promise.resolve(loadDatasetFromDisk('test/fixtures/dataset')));

export const server = setupServer(...handlers);
