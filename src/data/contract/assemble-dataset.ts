/**
 * Turns a manifest and its raw bundle files into one validated dataset.
 * Validation is per record, so one broken figure is reported (file, JSON path, problem)
 * and left out while everything else still loads.
 */
import type { z } from 'zod';
import {
  areaSchema,
  bundleSchema,
  commentarySchema,
  comparatorGroupSchema,
  comparisonTableSchema,
  indicatorSchema,
  manifestSchema,
  observationSchema,
  qualityNoteSchema,
  structureSchema,
  type Area,
  type Commentary,
  type ComparatorGroup,
  type ComparisonTable,
  type Indicator,
  type Manifest,
  type Observation,
  type QualityNote,
  type Structure,
} from './dataset-schema';

export interface DataProblem {
  file: string;
  /** JSON path within the file, e.g. `observations[12].value`. Empty for the whole file. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
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

export interface RawFile {
  name: string;
  /** Parsed JSON, or the text that failed to parse. */
  content: unknown;
  parseError?: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function issuesToProblems(file: string, prefix: string, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath([...(prefix ? [prefix] : []), ...issue.path]).replace(/^\./, ''),
    message: issue.message,
    severity: 'error' as const,
  }));
}

const sections = {
  areas: areaSchema,
  groups: comparatorGroupSchema,
  structures: structureSchema,
  indicators: indicatorSchema,
  observations: observationSchema,
  commentary: commentarySchema,
  notes: qualityNoteSchema,
  comparisonTables: comparisonTableSchema,
} as const;
type SectionName = keyof typeof sections;
type SectionRecords = { [K in SectionName]: z.infer<(typeof sections)[K]>[] };

function emptySections(): SectionRecords {
  return {
    areas: [],
    groups: [],
    structures: [],
    indicators: [],
    observations: [],
    commentary: [],
    notes: [],
    comparisonTables: [],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates one bundle record by record; returns what passed and what did not. */
export function readBundle(file: RawFile): { records: SectionRecords; problems: DataProblem[] } {
  const records = emptySections();
  if (file.parseError !== undefined) {
    return {
      records,
      problems: [{ file: file.name, path: '', message: `not valid JSON: ${file.parseError}`, severity: 'error' }],
    };
  }
  const whole = bundleSchema.safeParse(file.content);
  if (whole.success) {
    for (const name of Object.keys(sections) as SectionName[]) {
      (records[name] as unknown[]) = whole.data[name];
    }
    return { records, problems: [] };
  }
  if (!isRecord(file.content)) {
    return {
      records,
      problems: [{ file: file.name, path: '', message: 'must be a JSON object with named sections', severity: 'error' }],
    };
  }
  const problems: DataProblem[] = [];
  const content = file.content;
  for (const name of Object.keys(sections) as SectionName[]) {
    const section = content[name];
    if (section === undefined) continue;
    if (!Array.isArray(section)) {
      problems.push({ file: file.name, path: name, message: 'must be a list', severity: 'error' });
      continue;
    }
    const schema: z.ZodType = sections[name];
    section.forEach((item: unknown, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) (records[name] as unknown[]).push(parsed.data);
      else problems.push(...issuesToProblems(file.name, `${name}[${index}]`, parsed.error).map(fixIndexPath));
    });
  }
  return { records, problems };
}

function fixIndexPath(problem: DataProblem): DataProblem {
  // `observations[3]` arrives as a prefix string; keep it readable with the issue path after it.
  return { ...problem, path: problem.path.replace(/^(\w+\[\d+\])\.?/, '$1.').replace(/\.$/, '') };
}

/** Cross-file checks: unique ids and references that point at something that exists. */
function checkReferences(dataset: Dataset, origin: Map<object, string>): DataProblem[] {
  const problems: DataProblem[] = [];
  const where = (record: object, path: string) => ({ file: origin.get(record) ?? '?', path });
  const indicatorIds = new Set<string>();
  dataset.indicators.forEach((indicator) => {
    if (indicatorIds.has(indicator.id)) {
      problems.push({ ...where(indicator, `indicators(${indicator.id})`), message: `duplicate indicator id "${indicator.id}"`, severity: 'error' });
    }
    indicatorIds.add(indicator.id);
  });
  const areaIds = new Set([dataset.manifest.authority.id, ...dataset.areas.map((area) => area.id)]);
  const nodeIds = new Set(dataset.structures.flatMap((structure) => structure.nodes.map((node) => node.id)));
  const missing = (kind: string, id: string) => `refers to unknown ${kind} "${id}"`;
  for (const observation of dataset.observations) {
    if (!indicatorIds.has(observation.indicatorId)) {
      problems.push({ ...where(observation, `observations(${observation.indicatorId} ${observation.period})`), message: missing('indicator', observation.indicatorId), severity: 'error' });
    }
    if (!areaIds.has(observation.area)) {
      problems.push({ ...where(observation, `observations(${observation.indicatorId} ${observation.period})`), message: missing('area', observation.area), severity: 'error' });
    }
  }
  for (const indicator of dataset.indicators) {
    for (const owner of indicator.owners) {
      if (!nodeIds.has(owner.nodeId)) {
        problems.push({ ...where(indicator, `indicators(${indicator.id}).owners`), message: missing('organisation node', owner.nodeId), severity: 'error' });
      }
    }
  }
  for (const group of dataset.groups) {
    for (const member of group.members) {
      if (!areaIds.has(member)) problems.push({ ...where(group, `groups(${group.id}).members`), message: missing('area', member), severity: 'error' });
    }
  }
  for (const table of dataset.comparisonTables) {
    for (const id of table.indicatorIds) {
      if (!indicatorIds.has(id)) problems.push({ ...where(table, `comparisonTables(${table.id})`), message: missing('indicator', id), severity: 'error' });
    }
  }
  return problems;
}

export function assembleDataset(
  manifestFile: RawFile,
  files: RawFile[],
): { dataset: Dataset | null; problems: DataProblem[] } {
  if (manifestFile.parseError !== undefined) {
    return { dataset: null, problems: [{ file: manifestFile.name, path: '', message: `not valid JSON: ${manifestFile.parseError}`, severity: 'error' }] };
  }
  const manifest = manifestSchema.safeParse(manifestFile.content);
  if (!manifest.success) {
    return { dataset: null, problems: issuesToProblems(manifestFile.name, '', manifest.error) };
  }
  const problems: DataProblem[] = [];
  const dataset: Dataset = { manifest: manifest.data, ...emptySections() };
  const origin = new Map<object, string>();
  for (const name of manifest.data.files) {
    const file = files.find((candidate) => candidate.name === name);
    if (!file) {
      problems.push({ file: name, path: '', message: 'listed in the manifest but not found', severity: 'error' });
      continue;
    }
    const { records, problems: fileProblems } = readBundle(file);
    problems.push(...fileProblems);
    for (const section of Object.keys(records) as SectionName[]) {
      for (const record of records[section]) {
        origin.set(record, name);
        (dataset[section] as object[]).push(record);
      }
    }
  }
  problems.push(...checkReferences(dataset, origin));
  return { dataset, problems };
}
