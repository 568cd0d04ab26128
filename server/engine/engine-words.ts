/**
 * What the engine says when a request cannot be answered: each refusal in one place, pure, so the
 * words a person reads are tested here and every endpoint says the same thing the same way.
 */
import type { Structure } from '@/data/contract/dataset-schema';

export const noIndicatorWords = (indicatorId: string) => `There is no indicator "${indicatorId}".`;

export const noAreaWords = (area: string) => `There is no area "${area}" in this dataset.`;

/** A query parameter that names an area the dataset lacks: the parameter comes first. */
export const unknownAreaParameterWords = (area: string) =>
  `area: there is no area "${area}" in this dataset.`;

export const PROFILES_WORDS =
  'profiles: the only choice is "paper" (statuses without assumed profiles).';

/** The first thing wrong with a query, led by the parameter it is about. */
export function firstIssueWords(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): { field: string; message: string } {
  const [issue] = error.issues;
  const field = issue?.path[0] === undefined ? 'query' : String(issue.path[0]);
  return { field, message: `${field}: ${issue?.message ?? 'not understood'}` };
}

/** A unit that is not there: the structure is named when it exists, else it is the one missing. */
export function missingUnitWords(
  structures: readonly Pick<Structure, 'id' | 'name'>[],
  structureId: string,
  nodeId: string,
): { field: 'nodeId' | 'structureId'; message: string } {
  const structure = structures.find((candidate) => candidate.id === structureId);
  return structure
    ? {
        field: 'nodeId',
        message: `There is no unit "${nodeId}" in the ${structure.name} structure.`,
      }
    : { field: 'structureId', message: `There is no organisation structure "${structureId}".` };
}
