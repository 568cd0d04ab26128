import type { Structure } from '../../../../src/data/contract/dataset-schema';
import type { SeedDocument } from '../../lib/seed';
import { directorates, plans } from './units';

/** Checks each title line still reads as listed, so a changed paper cannot shift units. */
export function checkTitles(document: SeedDocument): void {
  for (const plan of plans) {
    if (!document.line(plan.titleLine).startsWith(plan.titleText)) {
      throw new Error(
        `business plans: line ${plan.titleLine} should start "${plan.titleText}" (${plan.name})`,
      );
    }
  }
  for (const directorate of directorates) {
    if (!document.line(directorate.appendixLine).includes(directorate.appendixText)) {
      throw new Error(
        `business plans: line ${directorate.appendixLine} should name ${directorate.name}`,
      );
    }
    if (
      directorate.introLine &&
      !document.line(directorate.introLine).startsWith(directorate.introText ?? '')
    ) {
      throw new Error(
        `business plans: line ${directorate.introLine} should start the ${directorate.name} introduction`,
      );
    }
  }
}

export function organisation2008(document: SeedDocument): Structure {
  checkTitles(document);
  return {
    id: 'kcc-2008',
    name: 'Kent County Council directorates and business units, 2008/09 unit business plans',
    asAt: '2008-04-14',
    nodes: [
      ...directorates.map((directorate) => ({
        id: directorate.id,
        name: directorate.name,
        kind: 'directorate' as const,
        parentId: null,
        provenance: document.at(directorate.appendixLine),
      })),
      ...plans.map((plan) => ({
        id: plan.id,
        name: plan.name,
        kind: plan.kind,
        parentId: plan.parentId ?? plan.directorate,
        provenance: document.at(plan.titleLine),
      })),
    ],
  };
}
