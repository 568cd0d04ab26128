/**
 * Turns a manifest and its raw bundle files into one validated dataset.
 * Validation is per record, so one broken figure is reported (file, JSON path, problem)
 * and left out while everything else still loads. References between files are checked
 * after loading: a record pointing at something that does not exist is reported and
 * dropped (or loses the broken reference), so views never meet a dangling id.
 */
import { isRecord } from '@/lib/is-record';
import { unknownNameMessage } from '@/lib/nearest-name';
import type { z } from 'zod';
import type { DataProblem, Dataset, Origin } from './dataset-problems';
import { safeParseBundle } from './fast-observations';
import { resolveReferences } from './resolve-references';
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
} from './dataset-schema';

export { formatProblem, type DataProblem, type Dataset } from './dataset-problems';

export interface RawFile {
  name: string;
  /** Parsed JSON, or the text that failed to parse. */
  content: unknown;
  parseError?: string;
  /** Why the file could not be read at all (a folder, a link outside the dataset), in words. */
  readError?: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function issuesToProblems(
  file: string,
  prefix: ReadonlyArray<PropertyKey>,
  error: z.ZodError,
): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    // One unknown key is named in the path as well as the message, like any other field.
    path: formatPath([
      ...prefix,
      ...issue.path,
      ...(issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? issue.keys : []),
    ]),
    message: issue.message,
    severity: 'error' as const,
  }));
}

/** Top-level names a bundle may hold besides its sections. */
const BUNDLE_KEYS: readonly string[] = Object.keys(bundleSchema.shape);

/** What people call a section when they do not know its name. */
const SECTION_ALIASES: Readonly<Record<string, string>> = {
  figures: 'observations',
  values: 'observations',
  data: 'observations',
  results: 'observations',
  measures: 'indicators',
  comments: 'commentary',
  commentaries: 'commentary',
  qualitynotes: 'notes',
  comparators: 'groups',
  tables: 'comparisonTables',
  organisation: 'structures',
};

/** A misspelt section would otherwise vanish with all its records: it is an error that says so. */
function unknownSections(file: RawFile, content: Record<string, unknown>): DataProblem[] {
  return Object.keys(content)
    .filter((key) => !BUNDLE_KEYS.includes(key))
    .map((key) => {
      const section = content[key];
      const lost = Array.isArray(section)
        ? `its ${section.length} ${section.length === 1 ? 'record is' : 'records are'} not loaded`
        : 'it is not loaded';
      return {
        file: file.name,
        path: formatPath([key]),
        message: `${unknownNameMessage('section', key, BUNDLE_KEYS, SECTION_ALIASES)}; ${lost}`,
        severity: 'error' as const,
      };
    });
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
const sectionNames = Object.keys(sections) as SectionName[];

/** Every record list of a dataset, empty: the start of an assembly, or a dataset with nothing in it. */
export function emptySections(): SectionRecords {
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

/**
 * Validates one bundle record by record; returns what passed and what did not.
 * `positions` gives each accepted record's JSON path in the file (`observations[3]`),
 * so later cross-file checks can name the exact record.
 */
function readBundle(file: RawFile): {
  records: SectionRecords;
  problems: DataProblem[];
  positions: Map<object, string>;
} {
  const records = emptySections();
  const positions = new Map<object, string>();
  const accept = (name: SectionName, record: object, index: number) => {
    (records[name] as object[]).push(record);
    positions.set(record, `${name}[${index}]`);
  };
  /** The whole file is rejected: one problem for it and no records. */
  const unreadable = (message: string) => ({
    records,
    positions,
    problems: [{ file: file.name, path: '', message, severity: 'error' as const }],
  });
  if (file.readError !== undefined) return unreadable(file.readError);
  if (file.parseError !== undefined) {
    return unreadable(`not valid JSON: ${file.parseError}`);
  }
  // Canonical observations skip zod's copy (fast-observations.ts); the result is the same.
  const whole = safeParseBundle(file.content);
  if (whole.success) {
    for (const name of sectionNames) {
      (whole.data[name] as object[]).forEach((record, index) => {
        accept(name, record, index);
      });
    }
    return { records, positions, problems: [] };
  }
  if (!isRecord(file.content)) {
    return unreadable('must be a JSON object with named sections');
  }
  const content = file.content;
  const problems: DataProblem[] = unknownSections(file, content);
  for (const name of sectionNames) {
    const section = content[name];
    if (section === undefined) continue;
    if (!Array.isArray(section)) {
      problems.push({ file: file.name, path: name, message: 'must be a list', severity: 'error' });
      continue;
    }
    const schema: z.ZodType = sections[name];
    section.forEach((item: unknown, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) accept(name, parsed.data as object, index);
      else problems.push(...issuesToProblems(file.name, [name, index], parsed.error));
    });
  }
  return { records, positions, problems };
}
/**
 * An unknown key or a refused file name in the manifest is reported, but the manifest is still
 * read without it: one bad entry should not hide a whole dataset. Anything else wrong leaves no
 * dataset to load.
 */
function readManifest(file: RawFile) {
  const parsed = manifestSchema.safeParse(file.content);
  if (parsed.success || !isRecord(file.content)) {
    return {
      manifest: parsed,
      problems: parsed.success ? [] : issuesToProblems(file.name, [], parsed.error),
    };
  }
  const problems = issuesToProblems(file.name, [], parsed.error);
  const unknownKeys = new Set<PropertyKey>();
  const refusedFiles = new Set<PropertyKey>();
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      issue.keys.forEach((key) => unknownKeys.add(key));
    } else if (issue.path.length === 2 && issue.path[0] === 'files') {
      refusedFiles.add(issue.path[1] ?? -1);
    }
  }
  if (unknownKeys.size === 0 && refusedFiles.size === 0) return { manifest: parsed, problems };
  const kept: Record<string, unknown> = Object.fromEntries(
    Object.entries(file.content).filter(([key]) => !unknownKeys.has(key)),
  );
  if (Array.isArray(kept.files)) {
    kept.files = kept.files.filter((_name: unknown, index) => !refusedFiles.has(index));
  }
  return { manifest: manifestSchema.safeParse(kept), problems };
}

export function assembleDataset(
  manifestFile: RawFile,
  files: RawFile[],
): { dataset: Dataset | null; problems: DataProblem[] } {
  if (manifestFile.parseError !== undefined) {
    return {
      dataset: null,
      problems: [
        {
          file: manifestFile.name,
          path: '',
          message: `not valid JSON: ${manifestFile.parseError}`,
          severity: 'error',
        },
      ],
    };
  }
  const { manifest, problems } = readManifest(manifestFile);
  if (!manifest.success) return { dataset: null, problems };
  const loaded: Dataset = { manifest: manifest.data, ...emptySections() };
  const origin = new Map<object, Origin>();
  for (const name of manifest.data.files) {
    const file = files.find((candidate) => candidate.name === name);
    if (!file) {
      problems.push({
        file: name,
        path: '',
        message: 'listed in the manifest but not found',
        severity: 'error',
      });
      continue;
    }
    const { records, positions, problems: fileProblems } = readBundle(file);
    problems.push(...fileProblems);
    for (const section of sectionNames) {
      for (const record of records[section]) {
        origin.set(record, { file: name, path: positions.get(record) ?? section });
        (loaded[section] as object[]).push(record);
      }
    }
  }
  const resolved = resolveReferences(loaded, origin);
  problems.push(...resolved.problems);
  return { dataset: resolved.dataset, problems };
}
