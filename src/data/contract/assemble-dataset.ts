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
import { safeParseBundle } from './fast-observations';
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

interface Origin {
  file: string;
  path: string;
}

/**
 * Cross-file checks: unique ids (an indicator declared in several files is merged instead),
 * references that point at something that exists, and figures given twice with different
 * values. Returns the dataset with broken records dropped.
 */
function resolveReferences(
  dataset: Dataset,
  origin: Map<object, Origin>,
): { dataset: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const report = (
    record: object,
    suffix: string,
    message: string,
    severity: DataProblem['severity'] = 'error',
  ) => {
    const where = origin.get(record) ?? { file: '?', path: '' };
    problems.push({ file: where.file, path: `${where.path}${suffix}`, message, severity });
  };
  const missing = (kind: string, id: string) => `refers to unknown ${kind} "${id}"`;

  /** Keeps the first record with each id; later ones are reported and dropped. */
  const uniqueById = <T extends { id: string }>(records: T[], kind: string): T[] => {
    const seen = new Map<string, T>();
    return records.filter((record) => {
      const first = seen.get(record.id);
      if (first) {
        const firstAt = origin.get(first);
        report(
          record,
          '.id',
          `duplicate ${kind} id "${record.id}" (first defined in ${firstAt?.file ?? '?'} ${firstAt?.path ?? ''}); this one is ignored`,
        );
        return false;
      }
      seen.set(record.id, record);
      return true;
    });
  };

  const declarations = uniqueWithinFile(dataset.indicators, origin, report);
  const areas = uniqueById(dataset.areas, 'area');
  const structures = uniqueById(dataset.structures, 'structure').map((structure) => {
    const nodeIds = new Set<string>();
    const nodes = structure.nodes.filter((node, index) => {
      if (nodeIds.has(node.id)) {
        report(
          structure,
          `.nodes[${index}].id`,
          `duplicate node id "${node.id}" in this structure`,
        );
        return false;
      }
      nodeIds.add(node.id);
      return true;
    });
    nodes.forEach((node, index) => {
      if (node.parentId !== null && !nodeIds.has(node.parentId)) {
        report(structure, `.nodes[${index}].parentId`, missing('parent node', node.parentId));
      }
    });
    return nodes.length === structure.nodes.length ? structure : { ...structure, nodes };
  });

  const indicatorIds = new Set(declarations.map((indicator) => indicator.id));
  const areaIds = new Set([dataset.manifest.authority.id, ...areas.map((area) => area.id)]);
  const nodesByStructure = new Map(
    structures.map((structure) => [structure.id, new Set(structure.nodes.map((node) => node.id))]),
  );
  const allNodeIds = new Set(structures.flatMap((structure) => structure.nodes.map((n) => n.id)));

  const checkedDeclarations = declarations.map((indicator) => {
    const owners = indicator.owners.filter((owner, index) => {
      const inStructure =
        owner.structureId === undefined ? allNodeIds : nodesByStructure.get(owner.structureId);
      if (!inStructure) {
        report(
          indicator,
          `.owners[${index}].structureId`,
          missing('structure', owner.structureId ?? ''),
        );
        return false;
      }
      if (!inStructure.has(owner.nodeId)) {
        report(indicator, `.owners[${index}].nodeId`, missing('organisation node', owner.nodeId));
        return false;
      }
      return true;
    });
    if (owners.length === indicator.owners.length) return indicator;
    const checked = { ...indicator, owners };
    const where = origin.get(indicator);
    if (where) origin.set(checked, where);
    return checked;
  });
  const checkedIndicators = mergeDeclarations(checkedDeclarations, origin, problems);

  /** Figures and commentary are about one indicator in one area: both must exist. */
  const isAboutKnownIndicatorAndArea = (record: { indicatorId: string; area: string }) => {
    if (!indicatorIds.has(record.indicatorId)) {
      report(record, '.indicatorId', missing('indicator', record.indicatorId));
      return false;
    }
    if (!areaIds.has(record.area)) {
      report(record, '.area', missing('area', record.area));
      return false;
    }
    return true;
  };

  const figures = new Map<string, Observation>();
  const observations = dataset.observations.filter((observation) => {
    if (!isAboutKnownIndicatorAndArea(observation)) return false;
    const key = [
      observation.indicatorId,
      observation.area,
      observation.period,
      observation.basis,
      observation.measure,
    ].join('|');
    const first = figures.get(key);
    if (!first) figures.set(key, observation);
    else if (first.value !== observation.value || first.text !== observation.text) {
      const firstAt = origin.get(first);
      report(
        observation,
        '.value',
        `${observation.indicatorId} ${observation.measure} for ${observation.area} ${observation.period} (${observation.basis}) is given twice with different values: ${describeFigure(observation)} here, ${describeFigure(first)} in ${firstAt?.file ?? '?'} ${firstAt?.path ?? ''}`,
        'warning',
      );
    }
    return true;
  });

  const commentary = dataset.commentary.filter((entry) => isAboutKnownIndicatorAndArea(entry));

  const keepKnown = (
    record: object,
    suffix: string,
    ids: string[],
    known: Set<string>,
    kind: string,
  ) =>
    ids.filter((id, index) => {
      if (known.has(id)) return true;
      report(record, `${suffix}[${index}]`, missing(kind, id));
      return false;
    });

  const notes = uniqueById(dataset.notes, 'note').map((note) => {
    const ids = keepKnown(note, '.indicatorIds', note.indicatorIds, indicatorIds, 'indicator');
    return ids.length === note.indicatorIds.length ? note : { ...note, indicatorIds: ids };
  });

  const groups = uniqueById(dataset.groups, 'comparator group').map((group) => {
    const members = keepKnown(group, '.members', group.members, areaIds, 'area');
    const leadKnown = group.leadArea === undefined || areaIds.has(group.leadArea);
    if (!leadKnown) report(group, '.leadArea', missing('area', group.leadArea ?? ''));
    if (members.length === group.members.length && leadKnown) return group;
    const { leadArea, ...rest } = group;
    return { ...rest, members, ...(leadKnown && leadArea !== undefined ? { leadArea } : {}) };
  });
  const groupIds = new Set(groups.map((group) => group.id));

  const comparisonTables = uniqueById(dataset.comparisonTables, 'comparison table').flatMap(
    (table) => {
      const tableIndicators = keepKnown(
        table,
        '.indicatorIds',
        table.indicatorIds,
        indicatorIds,
        'indicator',
      );
      const tableAreas = keepKnown(table, '.areaIds', table.areaIds, areaIds, 'area');
      const groupKnown = table.groupId === undefined || groupIds.has(table.groupId);
      if (!groupKnown) report(table, '.groupId', missing('comparator group', table.groupId ?? ''));
      if (tableIndicators.length === 0 || tableAreas.length === 0) {
        report(table, '', 'has no known indicators or areas left, so it is ignored');
        return [];
      }
      const { groupId, ...rest } = table;
      return [
        {
          ...rest,
          indicatorIds: tableIndicators,
          areaIds: tableAreas,
          ...(groupKnown && groupId !== undefined ? { groupId } : {}),
        },
      ];
    },
  );

  return {
    dataset: {
      manifest: dataset.manifest,
      areas,
      groups,
      structures,
      indicators: checkedIndicators,
      observations,
      commentary,
      notes,
      comparisonTables,
    },
    problems,
  };
}

type Report = (
  record: object,
  suffix: string,
  message: string,
  severity?: DataProblem['severity'],
) => void;

/** Within one file an indicator id is declared once: a second declaration is an error and is ignored. */
function uniqueWithinFile(
  indicators: Indicator[],
  origin: Map<object, Origin>,
  report: Report,
): Indicator[] {
  const seen = new Map<string, Indicator>();
  return indicators.filter((indicator) => {
    const file = origin.get(indicator)?.file ?? '?';
    const key = `${file}\u0000${indicator.id}`;
    const first = seen.get(key);
    if (first) {
      report(
        indicator,
        '.id',
        `duplicate indicator id "${indicator.id}" (first defined in ${file} ${origin.get(first)?.path ?? ''}); this one is ignored`,
      );
      return false;
    }
    seen.set(key, indicator);
    return true;
  });
}

/**
 * Fields that change what an indicator's figures mean: a later declaration giving a different
 * value is a conflict. Titles and descriptions are worded differently from paper to paper as a
 * matter of course; the first wording is kept and the others stay in the provenance rows.
 */
const conflictFields = ['kind', 'polarity', 'unit', 'frequency', 'rule'] as const;

function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`)
      .join(',')}}`;
  }
  // JSON.stringify(undefined) is undefined, not a string.
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function unionBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * One indicator may be declared in several files (a catalogue in one, its figures in another).
 * Declarations are merged in manifest file order: codes, owners and provenance are unioned;
 * the first declaration wins for every single-valued field, and a later one that says
 * something different is reported as a warning naming both files. A polarity of `unknown`
 * states nothing, so the first declaration that does state one wins (with its reason).
 */
function mergeDeclarations(
  declarations: Indicator[],
  origin: Map<object, Origin>,
  problems: DataProblem[],
): Indicator[] {
  const byId = new Map<string, Indicator[]>();
  for (const declaration of declarations) {
    byId.set(declaration.id, [...(byId.get(declaration.id) ?? []), declaration]);
  }
  return [...byId.values()].flatMap((all) => {
    const [first, ...later] = all;
    if (!first) return [];
    if (later.length === 0) return [first];
    const where = (record: Indicator) => origin.get(record) ?? { file: '?', path: '' };
    const stated = all.find((declaration) => declaration.polarity !== 'unknown') ?? first;
    const { polarityReason } = stated;
    const description = all.find(
      (declaration) => declaration.description !== undefined,
    )?.description;
    const merged: Indicator = {
      id: first.id,
      title: first.title,
      kind: first.kind,
      polarity: stated.polarity,
      unit: first.unit,
      frequency: first.frequency,
      rule: first.rule,
      ...(polarityReason !== undefined ? { polarityReason } : {}),
      ...(description !== undefined ? { description } : {}),
      codes: unionBy(
        all.flatMap((declaration) => declaration.codes),
        (code) => `${code.framework}|${code.code}`,
      ),
      owners: unionBy(
        all.flatMap((declaration) => declaration.owners),
        (owner) => `${owner.structureId ?? ''}|${owner.nodeId}|${owner.role}`,
      ),
      provenance: unionBy(
        all.flatMap((declaration) => declaration.provenance),
        (entry) => stableJson(entry),
      ),
    };
    for (const declaration of later) {
      const here = where(declaration);
      for (const field of conflictFields) {
        const kept = merged[field];
        const given = declaration[field];
        if (field === 'polarity' && given === 'unknown') continue;
        if (sameValue(kept, given)) continue;
        const keptFrom = field === 'polarity' ? where(stated) : where(first);
        problems.push({
          file: here.file,
          path: `${here.path}.${field}`,
          message: `indicator "${declaration.id}" is also declared in ${keptFrom.file} ${keptFrom.path} with a different ${field}: ${stableJson(given)} here, ${stableJson(kept)} there; the one in ${keptFrom.file} is kept`,
          severity: 'warning',
        });
      }
    }
    origin.set(merged, where(first));
    return [merged];
  });
}

function describeFigure(observation: Observation): string {
  if (observation.value !== null) return String(observation.value);
  if (observation.text !== undefined) return `"${observation.text}"`;
  return 'no value';
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
