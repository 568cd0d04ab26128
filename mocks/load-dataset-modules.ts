/**
 * Assembles a dataset from JSON modules found with `import.meta.glob` (browser and Vitest alike),
 * so the mocks read the same files the static build reads from disk.
 */
import {
  assembleDataset,
  emptySections,
  type DataProblem,
  type Dataset,
  type RawFile,
} from '@/data/contract/assemble-dataset';

export interface AssembledDataset {
  dataset: Dataset | null;
  problems: DataProblem[];
}

export type JsonModules = Record<string, () => Promise<unknown>>;

/** `modules` keys are paths ending in the folder (`prefix`) then the manifest's file names. */
export async function loadDatasetModules(
  modules: JsonModules,
  prefix: string,
): Promise<AssembledDataset> {
  const files: RawFile[] = await Promise.all(
    Object.entries(modules)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, load]) => ({ name: path.slice(prefix.length), content: await load() })),
  );
  const manifest = files.find((file) => file.name === 'manifest.json');
  if (!manifest) {
    return {
      dataset: null,
      problems: [
        {
          file: `${prefix}manifest.json`,
          path: '',
          message: 'the dataset has no manifest.json',
          severity: 'error',
        },
      ],
    };
  }
  return assembleDataset(
    manifest,
    files.filter((file) => file !== manifest),
  );
}

/** The same authority and title with nothing in it: the 'empty' scenario. */
export function emptyDataset(source: Dataset): Dataset {
  return { manifest: source.manifest, ...emptySections() };
}
