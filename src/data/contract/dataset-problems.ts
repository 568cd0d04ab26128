/**
 * What the dataset loader reports, where, and in which words: a problem names the file and the
 * JSON path of the record it is about, so one broken record is found without reading the rest.
 */
import type {
  Area,
  Commentary,
  ComparatorGroup,
  ComparisonTable,
  Indicator,
  Manifest,
  Observation,
  QualityNote,
  Structure,
} from './dataset-schema';

export interface DataProblem {
  file: string;
  /** JSON path within the file, e.g. `observations[12].value`. Empty for the whole file. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `file: path: message`, or `file: message` when the problem is the whole file. */
export function formatProblem(problem: DataProblem): string {
  return problem.path === ''
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.path}: ${problem.message}`;
}

export interface Dataset {
  manifest: Manifest;
  areas: Area[];
  groups: ComparatorGroup[];
  structures: Structure[];
  indicators: Indicator[];
  observations: Observation[];
  commentary: Commentary[];
  notes: QualityNote[];
  comparisonTables: ComparisonTable[];
}

/** Where a record was read: its file and its JSON path there. */
export interface Origin {
  file: string;
  path: string;
}

/** Reports a problem with a record, at the record's own path followed by `suffix`. */
export type Report = (
  record: object,
  suffix: string,
  message: string,
  severity?: DataProblem['severity'],
) => void;

/** The problems found so far, and how to add one about a record read from `origin`. */
export interface ProblemLog {
  origin: Map<object, Origin>;
  problems: DataProblem[];
  report: Report;
}

export function problemLog(origin: Map<object, Origin>): ProblemLog {
  const problems: DataProblem[] = [];
  const report: Report = (record, suffix, message, severity = 'error') => {
    const where = origin.get(record) ?? { file: '?', path: '' };
    problems.push({ file: where.file, path: `${where.path}${suffix}`, message, severity });
  };
  return { origin, problems, report };
}

export function missingReference(kind: string, id: string): string {
  return `refers to unknown ${kind} "${id}"`;
}

export function duplicateIdMessage(
  kind: string,
  id: string,
  firstAt: Partial<Origin> | undefined,
): string {
  return `duplicate ${kind} id "${id}" (first defined in ${firstAt?.file ?? '?'} ${firstAt?.path ?? ''}); this one is ignored`;
}

/** A figure's value in words: the number, the quoted text, or "no value". */
export function describeFigure(observation: Pick<Observation, 'value' | 'text'>): string {
  if (observation.value !== null) return String(observation.value);
  if (observation.text !== undefined) return `"${observation.text}"`;
  return 'no value';
}

/** The same figure given twice with different values, naming where the first one was read. */
export function conflictingFigureMessage(
  observation: Observation,
  first: Observation,
  firstAt: Origin | undefined,
): string {
  return `${observation.indicatorId} ${observation.measure} for ${observation.area} ${observation.period} (${observation.basis}) is given twice with different values: ${describeFigure(observation)} here, ${describeFigure(first)} in ${firstAt?.file ?? '?'} ${firstAt?.path ?? ''}`;
}
