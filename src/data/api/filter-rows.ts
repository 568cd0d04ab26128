/**
 * Filtering indicator rows: the one implementation the mock API engine and the static client share,
 * so a list filtered on the server and one filtered in the browser can never disagree.
 */
import { headlineStatus } from '@/domain/aggregate';
import { withoutAssumedProfiles } from '@/domain/profile';
import type { Structure } from '../contract/dataset-schema';
import type { IndicatorListQuery, IndicatorRow } from './contract';

type RowIndicator = IndicatorRow['indicator'];
export type OwnerRole = RowIndicator['owners'][number]['role'];

/** The roles that put an indicator in a node's table; 'support' only lists it as a responsibility. */
export const ROW_ROLES: readonly OwnerRole[] = ['lead', 'reports'];

/** The node and everything below it, or null when the structure or node doesn't exist. */
export function subtreeIds(structure: Structure, nodeId: string): Set<string> | null {
  if (!structure.nodes.some((node) => node.id === nodeId)) return null;
  const children = new Map<string, string[]>();
  for (const node of structure.nodes) {
    if (node.parentId === null) continue;
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node.id);
    children.set(node.parentId, siblings);
  }
  const ids = new Set<string>();
  const stack = [nodeId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (ids.has(id)) continue;
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}

/** True when one of the indicator's owners is in `nodeIds` of `structureId` with one of `roles`. */
export function isOwnedWithin(
  indicator: Pick<RowIndicator, 'owners'>,
  structureId: string,
  nodeIds: ReadonlySet<string>,
  roles: readonly OwnerRole[] = ROW_ROLES,
): boolean {
  return indicator.owners.some(
    (owner) =>
      nodeIds.has(owner.nodeId) &&
      roles.includes(owner.role) &&
      (owner.structureId === undefined || owner.structureId === structureId),
  );
}

/** The structure a list query names, or the one holding its node when it names only a node. */
export function structureFor(
  structures: readonly Structure[],
  params: Pick<IndicatorListQuery, 'structure' | 'node'>,
): Structure | undefined {
  return params.structure === undefined
    ? structures.find((candidate) => candidate.nodes.some((node) => node.id === params.node))
    : structures.find((candidate) => candidate.id === params.structure);
}

/** Codes written as people type them: 'PAF C28', 'NI 125', also found as 'ni125' or 'c28'. */
const squash = (text: string) => text.toLowerCase().replace(/[\s._/-]+/g, '');

/** Framework names as people type them, so 'NI' means the National Indicators, not 'Pakistani'. */
const FRAMEWORK_WORDS: Record<string, NonNullable<IndicatorListQuery['framework']>> = {
  paf: 'PAF',
  bvpi: 'BVPI',
  bv: 'BVPI',
  ni: 'NI',
  lpsa: 'LPSA',
  laa: 'LAA',
  t2010: 'T2010',
  towards2010: 'T2010',
};

/** 'NI 111', 'ni111', 'PAF C28', 'BVPI 53': a framework name followed by a code. */
const PREFIXED_CODE = new RegExp(
  `^(${Object.keys(FRAMEWORK_WORDS).join('|')})([a-z]{0,2}\\d+[a-z]?)$`,
);
/** 'c28', '125': a code without its framework. */
const BARE_CODE = /^[a-z]{0,2}\d+[a-z]?$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every word of the query starts a word somewhere in the texts ('lib vis' finds 'Library visits'). */
function wordsMatch(texts: readonly string[], needle: string): boolean {
  const haystack = texts.join(' \n ').toLowerCase();
  return needle
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}`, 'u').test(haystack));
}

/**
 * Search by code, title and owner. A code is matched as a code, whole ('NI 11' does not find
 * NI 111); a framework name alone ('NI') finds that framework's indicators; other words must
 * each start a word of the title or an owner's name ('NI' never matches 'Pakistani').
 */
export function matchesText(
  indicator: Pick<RowIndicator, 'id' | 'title' | 'codes'>,
  q: string,
  ownerNames: readonly string[] = [],
): boolean {
  const needle = q.trim().toLowerCase();
  if (needle === '') return true;
  if (indicator.id === needle) return true;
  const squashed = squash(needle);
  if (squashed === '') return true;
  const framework = FRAMEWORK_WORDS[squashed];
  if (framework !== undefined) return indicator.codes.some((code) => code.framework === framework);
  const prefixed = PREFIXED_CODE.exec(squashed);
  if (prefixed) {
    const named = FRAMEWORK_WORDS[prefixed[1] ?? ''];
    return indicator.codes.some(
      (code) => code.framework === named && squash(code.code) === prefixed[2],
    );
  }
  if (BARE_CODE.test(squashed) && indicator.codes.some((code) => squash(code.code) === squashed))
    return true;
  return wordsMatch([indicator.title, ...ownerNames], needle);
}

/** The names of the units that own an indicator, in any structure, for searching by owner. */
export function ownerNamesIn(
  indicator: Pick<RowIndicator, 'owners'>,
  structures: readonly Structure[],
): string[] {
  return indicator.owners.flatMap((owner) =>
    structures
      .filter((structure) => owner.structureId === undefined || owner.structureId === structure.id)
      .flatMap((structure) => structure.nodes.filter((node) => node.id === owner.nodeId))
      .map((node) => node.name),
  );
}

export function matchesFramework(
  indicator: Pick<RowIndicator, 'codes'>,
  framework: NonNullable<IndicatorListQuery['framework']>,
): boolean {
  if (framework === 'LOCAL' && indicator.codes.length === 0) return true;
  return indicator.codes.some((code) => code.framework === framework);
}

/**
 * Applies every filter (status is the domain's headline status, the one countStatuses counts) of the list query except `period` and `area`, which decide how rows are
 * computed, not which are kept. Unknown structure or node → no rows (a wrong permalink shows empty).
 */
export function filterRows(
  rows: readonly IndicatorRow[],
  params: IndicatorListQuery,
  structures: readonly Structure[],
): IndicatorRow[] {
  let nodeScope: { structureId: string; ids: Set<string> } | null = null;
  if (params.structure !== undefined || params.node !== undefined) {
    const structure = structureFor(structures, params);
    if (!structure) return [];
    const ids =
      params.node === undefined
        ? new Set(structure.nodes.map((node) => node.id))
        : subtreeIds(structure, params.node);
    if (!ids) return [];
    nodeScope = { structureId: structure.id, ids };
  }
  const { framework, status, kind, q } = params;
  // Statuses without assumed profiles first, so the status filter and counts use the same ones.
  const shown = params.profiles === 'paper' ? rows.map(withoutAssumedProfiles) : rows;
  return shown.filter(
    (row) =>
      (nodeScope === null || isOwnedWithin(row.indicator, nodeScope.structureId, nodeScope.ids)) &&
      (framework === undefined || matchesFramework(row.indicator, framework)) &&
      (kind === undefined || row.indicator.kind === kind) &&
      (status === undefined || headlineStatus(row) === status) &&
      (q === undefined || matchesText(row.indicator, q, ownerNamesIn(row.indicator, structures))),
  );
}
