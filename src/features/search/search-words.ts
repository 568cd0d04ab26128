import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { formatCodes } from '@/domain/frameworks';

/** 'NI 111 · Towards 2010 target 60' */
export function codesText(indicator: Pick<IndicatorRow['indicator'], 'codes'>): string {
  return formatCodes(indicator.codes);
}

/** Who owns an indicator in each structure: 'Youth Offending Service (Kent 2008/09)'. */
export function ownersText(
  indicator: Pick<IndicatorRow['indicator'], 'owners'>,
  structures: readonly Structure[],
): string {
  const names = new Set<string>();
  for (const owner of indicator.owners) {
    if (owner.role === 'support') continue;
    for (const structure of structures) {
      if (owner.structureId !== undefined && owner.structureId !== structure.id) continue;
      const node = structure.nodes.find((candidate) => candidate.id === owner.nodeId);
      if (node) names.add(`${node.name} (${structure.name})`);
    }
  }
  return [...names].join('; ');
}

/** '3 indicators match “NI 111”.' */
export function resultsSentence(count: number, q: string): string {
  if (count === 0) return `No indicator matches “${q}”.`;
  return `${count} ${count === 1 ? 'indicator matches' : 'indicators match'} “${q}”.`;
}
