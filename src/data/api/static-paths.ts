/**
 * File names of the static publication (dist/api/…). The build script writes them and the static
 * client reads them, so both take their names from here.
 */

/** Period ids hold '/' and spaces; `2007/08` → `2007_08`, `2012/13 Q1` → `2012_13-Q1`, `AY 2011/12` → `AY-2011_12`. */
function periodFileKey(period: string): string {
  return period.replace(/\//g, '_').replace(/\s+/g, '-');
}

const file = (segment: string) => encodeURIComponent(segment);

export const staticPaths = {
  manifest: () => 'manifest.json',
  organisation: () => 'organisation.json',
  /**
   * The rows of one scope (static-shards.ts): a structure's top-level node, or (null) the indicators
   * no structure owns; latest figures, or the rows that change as at a period.
   */
  listShard: (scope: { structureId: string; nodeId: string } | null, period?: string) => {
    const base =
      scope === null
        ? 'lists/unassigned'
        : `lists/${file(scope.structureId)}/${file(scope.nodeId)}`;
    return period === undefined ? `${base}.json` : `${base}/at/${file(periodFileKey(period))}.json`;
  },
  /** One indicator for the authority, or for another area under the indicator's folder. */
  indicator: (id: string, area?: string) =>
    area === undefined
      ? `indicators/${file(id)}.json`
      : `indicators/${file(id)}/${file(area)}.json`,
  comparableIndicators: () => 'compare.json',
  comparison: (indicatorId: string) => `compare/${file(indicatorId)}.json`,
  /** One period's figures of a comparison (the comparison itself holds its opening period's). */
  comparisonFigures: (indicatorId: string, period: string) =>
    `compare/${file(indicatorId)}/at/${file(periodFileKey(period))}.json`,
} as const;
