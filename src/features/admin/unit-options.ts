/** The organisation tree as choices: each structure's units in tree order, indented by depth. */
import type { Structure } from '@/data/contract/dataset-schema';
import type { UnitRef } from '@/domain/roles';

export interface UnitOption {
  value: string;
  label: string;
  unit: UnitRef;
}

export const unitValue = (unit: UnitRef) => `${unit.structureId}/${unit.nodeId}`;

export function unitOptions(structure: Structure): UnitOption[] {
  const children = new Map<string | null, Structure['nodes']>();
  for (const node of structure.nodes) {
    children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }
  const options: UnitOption[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const node of children.get(parentId) ?? []) {
      const unit = { structureId: structure.id, nodeId: node.id };
      // Non-breaking spaces survive in an <option>, where CSS indentation does not.
      options.push({
        value: unitValue(unit),
        label: `${'\u00a0\u00a0'.repeat(depth)}${node.name}`,
        unit,
      });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return options;
}

/** A unit's name, with its structure when more than one is loaded; the ids when it is unknown. */
export function unitNamer(structures: readonly Structure[]) {
  const names = new Map<string, string>();
  for (const structure of structures) {
    for (const node of structure.nodes) {
      const suffix = structures.length > 1 ? ` (${structure.name})` : '';
      names.set(unitValue({ structureId: structure.id, nodeId: node.id }), `${node.name}${suffix}`);
    }
  }
  return (unit: UnitRef) => names.get(unitValue(unit)) ?? `${unit.nodeId} (${unit.structureId})`;
}
