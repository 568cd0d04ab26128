/**
 * Cross-file checks after every file is read: unique ids (an indicator declared in several
 * files is merged instead), references that point at something that exists, and figures given
 * twice with different values. A broken record is reported and dropped, or loses the broken
 * reference, so views never meet a dangling id.
 */
import {
  conflictingFigureMessage,
  duplicateIdMessage,
  missingReference,
  problemLog,
  type DataProblem,
  type Dataset,
  type Origin,
  type ProblemLog,
  type Report,
} from './dataset-problems';
import type {
  ComparatorGroup,
  ComparisonTable,
  Indicator,
  Observation,
  QualityNote,
  Structure,
} from './dataset-schema';
import { mergeDeclarations, uniqueWithinFile } from './merge-declarations';

/** The ids a reference may point at. */
interface KnownIds {
  indicators: Set<string>;
  areas: Set<string>;
}

export function resolveReferences(
  dataset: Dataset,
  origin: Map<object, Origin>,
): { dataset: Dataset; problems: DataProblem[] } {
  const log = problemLog(origin);
  const declarations = uniqueWithinFile(dataset.indicators, origin, log.report);
  const areas = uniqueById(dataset.areas, 'area', log);
  const structures = uniqueById(dataset.structures, 'structure', log).map((structure) =>
    checkNodes(structure, log.report),
  );
  const known: KnownIds = {
    indicators: new Set(declarations.map((indicator) => indicator.id)),
    areas: new Set([dataset.manifest.authority.id, ...areas.map((area) => area.id)]),
  };
  const indicators = mergeDeclarations(
    checkOwners(declarations, structures, log),
    origin,
    log.problems,
  );
  const observations = checkFigures(dataset.observations, known, log);
  const commentary = dataset.commentary.filter((entry) =>
    isAboutKnownIndicatorAndArea(entry, known, log.report),
  );
  const notes = uniqueById(dataset.notes, 'note', log).map((note) =>
    checkNote(note, known, log.report),
  );
  const groups = uniqueById(dataset.groups, 'comparator group', log).map((group) =>
    checkGroup(group, known, log.report),
  );
  const groupIds = new Set(groups.map((group) => group.id));
  const comparisonTables = uniqueById(dataset.comparisonTables, 'comparison table', log).flatMap(
    (table) => checkComparisonTable(table, known, groupIds, log.report),
  );
  return {
    dataset: {
      manifest: dataset.manifest,
      areas,
      groups,
      structures,
      indicators,
      observations,
      commentary,
      notes,
      comparisonTables,
    },
    problems: log.problems,
  };
}

/** Keeps the first record with each id; later ones are reported and dropped. */
function uniqueById<T extends { id: string }>(records: T[], kind: string, log: ProblemLog): T[] {
  const seen = new Map<string, T>();
  return records.filter((record) => {
    const first = seen.get(record.id);
    if (first) {
      log.report(record, '.id', duplicateIdMessage(kind, record.id, log.origin.get(first)));
      return false;
    }
    seen.set(record.id, record);
    return true;
  });
}

/** A node id is used once in its structure, and a parent is a node of the same structure. */
function checkNodes(structure: Structure, report: Report): Structure {
  const nodeIds = new Set<string>();
  const nodes = structure.nodes.filter((node, index) => {
    if (nodeIds.has(node.id)) {
      report(structure, `.nodes[${index}].id`, `duplicate node id "${node.id}" in this structure`);
      return false;
    }
    nodeIds.add(node.id);
    return true;
  });
  nodes.forEach((node, index) => {
    if (node.parentId !== null && !nodeIds.has(node.parentId)) {
      report(
        structure,
        `.nodes[${index}].parentId`,
        missingReference('parent node', node.parentId),
      );
    }
  });
  return nodes.length === structure.nodes.length ? structure : { ...structure, nodes };
}

/** An owner names a node of its structure (or of any structure when it names none). */
function checkOwners(
  declarations: Indicator[],
  structures: Structure[],
  log: ProblemLog,
): Indicator[] {
  const nodesByStructure = new Map(
    structures.map((structure) => [structure.id, new Set(structure.nodes.map((node) => node.id))]),
  );
  const allNodeIds = new Set(structures.flatMap((structure) => structure.nodes.map((n) => n.id)));
  return declarations.map((indicator) => {
    const owners = indicator.owners.filter((owner, index) => {
      const inStructure =
        owner.structureId === undefined ? allNodeIds : nodesByStructure.get(owner.structureId);
      if (!inStructure) {
        log.report(
          indicator,
          `.owners[${index}].structureId`,
          missingReference('structure', owner.structureId ?? ''),
        );
        return false;
      }
      if (!inStructure.has(owner.nodeId)) {
        log.report(
          indicator,
          `.owners[${index}].nodeId`,
          missingReference('organisation node', owner.nodeId),
        );
        return false;
      }
      return true;
    });
    if (owners.length === indicator.owners.length) return indicator;
    const checked = { ...indicator, owners };
    const where = log.origin.get(indicator);
    if (where) log.origin.set(checked, where);
    return checked;
  });
}

/** Figures and commentary are about one indicator in one area: both must exist. */
function isAboutKnownIndicatorAndArea(
  record: { indicatorId: string; area: string },
  known: KnownIds,
  report: Report,
): boolean {
  if (!known.indicators.has(record.indicatorId)) {
    report(record, '.indicatorId', missingReference('indicator', record.indicatorId));
    return false;
  }
  if (!known.areas.has(record.area)) {
    report(record, '.area', missingReference('area', record.area));
    return false;
  }
  return true;
}

/** Figures about known things; the same figure given twice with different values is a warning. */
function checkFigures(
  observations: Observation[],
  known: KnownIds,
  log: ProblemLog,
): Observation[] {
  const figures = new Map<string, Observation>();
  return observations.filter((observation) => {
    if (!isAboutKnownIndicatorAndArea(observation, known, log.report)) return false;
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
      log.report(
        observation,
        '.value',
        conflictingFigureMessage(observation, first, log.origin.get(first)),
        'warning',
      );
    }
    return true;
  });
}

/** The ids in `ids` that are known; each unknown one is reported at its index. */
function keepKnown(
  record: object,
  suffix: string,
  ids: string[],
  known: Set<string>,
  kind: string,
  report: Report,
): string[] {
  return ids.filter((id, index) => {
    if (known.has(id)) return true;
    report(record, `${suffix}[${index}]`, missingReference(kind, id));
    return false;
  });
}

function checkNote(note: QualityNote, known: KnownIds, report: Report): QualityNote {
  const ids = keepKnown(
    note,
    '.indicatorIds',
    note.indicatorIds,
    known.indicators,
    'indicator',
    report,
  );
  return ids.length === note.indicatorIds.length ? note : { ...note, indicatorIds: ids };
}

function checkGroup(group: ComparatorGroup, known: KnownIds, report: Report): ComparatorGroup {
  const members = keepKnown(group, '.members', group.members, known.areas, 'area', report);
  const leadKnown = group.leadArea === undefined || known.areas.has(group.leadArea);
  if (!leadKnown) report(group, '.leadArea', missingReference('area', group.leadArea ?? ''));
  if (members.length === group.members.length && leadKnown) return group;
  const { leadArea, ...rest } = group;
  return { ...rest, members, ...(leadKnown && leadArea !== undefined ? { leadArea } : {}) };
}

/** A table keeps its known indicators and areas; one left with none of either is dropped. */
function checkComparisonTable(
  table: ComparisonTable,
  known: KnownIds,
  groupIds: Set<string>,
  report: Report,
): ComparisonTable[] {
  const tableIndicators = keepKnown(
    table,
    '.indicatorIds',
    table.indicatorIds,
    known.indicators,
    'indicator',
    report,
  );
  const tableAreas = keepKnown(table, '.areaIds', table.areaIds, known.areas, 'area', report);
  const groupKnown = table.groupId === undefined || groupIds.has(table.groupId);
  if (!groupKnown) {
    report(table, '.groupId', missingReference('comparator group', table.groupId ?? ''));
  }
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
}
