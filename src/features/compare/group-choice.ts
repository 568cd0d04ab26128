/**
 * Which comparator groups to offer for one indicator, and how to name them in the choice. The data
 * holds a dozen groups built for different services (registration, highways, youth justice), and
 * most hold no figure for a given measure: offering them all as equals led to an adult social care
 * measure being ranked 'best of 2 in Registration service comparators'. Groups are sorted by what
 * they can show for this indicator: enough figures to rank, too few to rank, none at all.
 */
import type { ComparisonResponse } from '@/data/api/contract';
import { MIN_FIGURES_TO_RANK } from '@/domain/compare';
import { importedIndex } from './imported-index';
import {
  areasWithFigures,
  REFERENCE_TYPES,
  type GroupOption,
  type ImportedSource,
} from './comparison-model';

export type GroupCoverage = 'can-rank' | 'too-few' | 'none';

export interface GroupChoice {
  option: GroupOption;
  /** Areas in the group (the lead included) with at least one figure for this indicator. */
  withFigures: number;
  /** Of those, the areas other than the lead: a group is only worth choosing when this is above 0. */
  othersWithFigures: number;
  coverage: GroupCoverage;
  /** The option's text: 'Adult social services comparators (6 with figures)'. */
  label: string;
}

export interface GroupChoiceSection {
  coverage: GroupCoverage;
  heading: string;
  choices: GroupChoice[];
}

const SECTION_HEADINGS: Record<GroupCoverage, string> = {
  'can-rank': 'Groups with figures to rank',
  'too-few': 'Too few figures to rank',
  none: 'No figures to compare with',
};

function coverageOf(withFigures: number, othersWithFigures: number): GroupCoverage {
  if (othersWithFigures === 0) return 'none';
  return withFigures < MIN_FIGURES_TO_RANK ? 'too-few' : 'can-rank';
}

/** 'Family group (9 with figures)', '… (2 with figures, too few to rank)', '… (no figures …)'. */
export function groupChoiceLabel(
  name: string,
  withFigures: number,
  othersWithFigures: number,
): string {
  if (withFigures === 0) return `${name} (no figures for this indicator)`;
  if (othersWithFigures === 0) return `${name} (no other authority has a figure)`;
  const count = `${withFigures} with figures`;
  return coverageOf(withFigures, othersWithFigures) === 'too-few'
    ? `${name} (${count}, too few to rank)`
    : `${name} (${count})`;
}

/**
 * Counts, for each group, the areas a comparison would place (its members and the lead, never a
 * region or England) that hold a figure for this indicator in any period: the papers' figures, and
 * for a group built from a file that file's figures.
 */
export function groupChoices(
  options: readonly GroupOption[],
  response: ComparisonResponse,
  lead: string,
  imported: readonly ImportedSource[] = [],
): GroupChoice[] {
  const referenceAreas = new Set(
    response.areas.filter((area) => REFERENCE_TYPES.has(area.type)).map((area) => area.id),
  );
  const withFigure = areasWithFigures(response);
  // Imported figures fill a dataset group's gaps, so they count for its members too.
  for (const source of imported)
    for (const id of importedIndex(source.figures).councils) withFigure.add(id);
  return options.map((option) => {
    const source = option.sourceId ? imported.find((s) => s.id === option.sourceId) : undefined;
    const has = source ? importedIndex(source.figures).councils : withFigure;
    const areas = new Set([lead, ...option.members].filter((id) => !referenceAreas.has(id)));
    const withFigures = [...areas].filter((id) => has.has(id)).length;
    const othersWithFigures = withFigures - (areas.has(lead) && has.has(lead) ? 1 : 0);
    return {
      option,
      withFigures,
      othersWithFigures,
      coverage: coverageOf(withFigures, othersWithFigures),
      label: groupChoiceLabel(option.name, withFigures, othersWithFigures),
    };
  });
}

/**
 * The choices in the order a user should meet them: groups that can rank first, then those with
 * too few figures, then those with nothing to compare with; within a section the data's own order
 * is kept. No group is hidden: a permalink to an empty group still shows it as chosen.
 */
export function groupChoiceSections(choices: readonly GroupChoice[]): GroupChoiceSection[] {
  return (['can-rank', 'too-few', 'none'] as const)
    .map((coverage) => ({
      coverage,
      heading: SECTION_HEADINGS[coverage],
      choices: choices.filter((choice) => choice.coverage === coverage),
    }))
    .filter((section) => section.choices.length > 0);
}
