/**
 * What a table of indicator rows says about itself on screen: each row's owners, the period the
 * figures are as at, where they come from. The spreadsheet built from the same rows
 * (figures-export.ts, with the workbook's formats) loads only when someone downloads it
 * (load-figures-export.ts, ADR 0090).
 */
import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { comparePeriodIds } from '@/domain/periods';

/** The names of an indicator's owners in this structure, supporting roles left out. */
export function ownerNodeNames(
  owners: IndicatorRow['indicator']['owners'],
  structure: Structure | undefined,
): string[] {
  return owners
    .filter(
      (owner) =>
        owner.role !== 'support' &&
        (owner.structureId === undefined || owner.structureId === structure?.id),
    )
    .map((owner) => structure?.nodes.find((node) => node.id === owner.nodeId)?.name)
    .filter((name): name is string => name !== undefined);
}

export function ownerNamesOf(row: IndicatorRow, structure: Structure | undefined): string {
  return ownerNodeNames(row.indicator.owners, structure).join('; ');
}

/** The period the figures are as at, for the file name: the one asked for, else the latest shown. */
export function latestPeriodOf(rows: readonly IndicatorRow[]): string | undefined {
  return rows
    .map((row) => row.asAt)
    .filter((period): period is string => period !== null)
    .sort(comparePeriodIds)
    .at(-1);
}

/** Where a table's figures come from, in words, from the dataset's manifest. */
export function datasetSourceWords(
  manifest: { title: string; published: string; authority: { name: string } } | undefined,
): string {
  if (!manifest) return 'The council’s performance reports, as held in Ragstone';
  return `${manifest.title} (published ${manifest.published}): ${manifest.authority.name}’s performance reports as held in Ragstone; the indicator page names the report and line of each figure`;
}

/** Title, as-at period and source: the lines above every exported table. */
export interface TableHeading {
  title: string;
  asAt: string | undefined;
  source: string;
}
