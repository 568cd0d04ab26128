/**
 * The areas every comparison bundle refers to (authorities, districts, region, national,
 * group averages) and Kent's standing comparator groups as the papers name them.
 */
import type { ComparatorGroup } from '../../../src/data/contract/dataset-schema';
import type { ExtractSource } from '../lib/source';
import { areaIdFor, areaRegistry, KENT, toArea } from './comparisons/area-registry';
import { STATISTICAL_NEIGHBOURS } from './comparisons/children-families-education';
import { YJB_FAMILY_2007, YOUTH_SERVICE_NEIGHBOURS } from './comparisons/communities';
import { expectLine } from './comparisons/guard';

const PLANS = '001_23223e66fe6ffd0f.txt';

/** 'Essex, Swindon, … Lancashire and Bedfordshire' → area ids. */
export function namesInList(list: string): string[] {
  return list
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map(areaIdFor);
}

export const areasSource: ExtractSource = {
  file: 'areas.json',
  extract(open) {
    const plans = open(PLANS);

    const neighboursLine = 9004;
    expectLine(
      plans,
      neighboursLine,
      "The Division uses the national Children's Services Statistical Neighbour",
    );
    const listed = /statistical neighbours \(([^)]+)\)/.exec(plans.line(neighboursLine))?.[1];
    if (!listed) throw new Error('areas: statistical neighbours list not found');

    const yjbRows = [21476, 21484];
    expectLine(plans, 21470, 'The YJB performance framework assigns a Performance Level');
    const family: string[] = [];
    for (let line = yjbRows[0] ?? 0; line <= (yjbRows[1] ?? 0); line += 1) {
      family.push(areaIdFor(plans.cells(line)[0] ?? ''));
    }

    const youthRows = [21156, 21157, 21158, 21159, 21160];
    expectLine(
      plans,
      21152,
      'These Benchmarking statistics are compared against our statistical neighbours',
    );
    const youthNeighbours = [
      ...new Set(youthRows.map((line) => areaIdFor(plans.cells(line)[4] ?? ''))),
    ];

    const groups: ComparatorGroup[] = [
      {
        id: STATISTICAL_NEIGHBOURS,
        name: "Kent's statistical neighbours (DCSF Children's Services Statistical Neighbour Benchmarking Tool)",
        kind: 'statistical-neighbours',
        leadArea: KENT,
        members: namesInList(listed),
        provenance: [plans.at(neighboursLine)],
      },
      {
        id: YJB_FAMILY_2007,
        name: 'Youth Justice Board family group of Kent YOS (2007)',
        kind: 'family-group',
        leadArea: KENT,
        members: family,
        provenance: [
          plans.at(
            21470,
            "the text speaks of '10 YOTs that are part of Kent YOS's family group'; the table prints nine besides Kent",
          ),
          ...family.map((_, index) => plans.at((yjbRows[0] ?? 0) + index)),
        ],
      },
      {
        id: YOUTH_SERVICE_NEIGHBOURS,
        name: 'Youth service statistical neighbours (NYA audit comparison)',
        kind: 'statistical-neighbours',
        leadArea: KENT,
        members: youthNeighbours,
        provenance: [
          plans.at(
            21152,
            "called 'our statistical neighbours' here, but the list differs from the Children's Services one at line 9004",
          ),
          ...youthRows.map((line) => plans.at(line)),
        ],
      },
      {
        id: 'south-east-region',
        name: 'South East region',
        kind: 'region',
        leadArea: KENT,
        members: ['south-east'],
        provenance: [plans.at(5745), plans.at(21485)],
      },
      {
        id: 'national-figures',
        name: 'National figures (England, and national figures whose country is not stated)',
        kind: 'national',
        leadArea: KENT,
        members: ['england', 'national'],
        provenance: [plans.at(5745), plans.at(21162), plans.at(21486)],
      },
    ];

    return {
      description:
        'Areas named in the comparison tables (authorities, Kent districts, region, national, group averages) and Kent’s standing comparator groups. Kent itself is the manifest authority.',
      areas: areaRegistry.map(toArea),
      groups,
    };
  },
};
