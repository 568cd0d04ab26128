import { memo } from 'react';
import type { ComparisonResponse } from '@/data/api/contract';
import { csvFileName } from '@/lib/export-file-name';
import { sourceLine } from '@/ui/chart/source-line';
import { ScrollRegion } from '@/ui/scroll-region';
import { TableDownloads } from '@/ui/table-downloads';
import { ComparisonChart } from './comparison-chart';
import { downloadNameParts, orderForChart, type NamedArea } from './comparison-choice';
import { comparisonExport } from './comparison-export';
import type { ComparisonView } from './comparison-model';
import { ComparisonTable } from './comparison-table';
import { chartHeading, tableCaption } from './comparison-wording';
import { UserGroupForm } from './user-group-form';

interface ComparisonFiguresProps {
  headingId: string;
  /** The sentence that states the lead's position: the chart is described by it. */
  sentenceId: string;
  view: ComparisonView;
  lead: string;
  indicator: ComparisonResponse['indicator'];
  documentTitles: ReadonlyMap<string, string>;
  authorities: readonly NamedArea[];
  /** The user's own group as the address holds it. */
  chosenAreas: readonly string[] | undefined;
  /** True while another period's figures are on their way. */
  isUpdating: boolean;
  onChooseAreas: (areas: string[]) => void;
}

/**
 * The group's figures for the period: chart, table, downloads and the form to choose one's own
 * group. Memoised: a change that leaves the view alone (an import's progress, the over-time table
 * opening) does not redraw a 152-row table.
 */
export const ComparisonFigures = memo(function ComparisonFigures({
  headingId,
  sentenceId,
  view,
  lead,
  indicator,
  documentTitles,
  authorities,
  chosenAreas,
  isUpdating,
  onChooseAreas,
}: ComparisonFiguresProps) {
  const nameParts = downloadNameParts(lead, indicator.id, view);
  return (
    <section aria-labelledby={headingId} aria-busy={isUpdating} className="compare-section">
      <h3 id={headingId}>{chartHeading(view)}</h3>
      {view.ranking.ranked > 0 ? (
        <ComparisonChart
          figures={orderForChart(view)}
          references={view.references}
          unit={view.unit}
          summaryId={sentenceId}
          period={view.period}
          download={{
            title: indicator.title,
            period: chartHeading(view),
            source: sourceLine(
              [...view.ranked, ...view.references].map((f) => f.provenance?.document),
              documentTitles,
            ),
            fileName: csvFileName(nameParts).replace(/\.csv$/, ''),
          }}
        />
      ) : (
        <p className="empty-state">No area in this group has a figure for this period.</p>
      )}
      <ScrollRegion label="The figures as a table">
        <ComparisonTable
          view={view}
          unit={view.unit}
          caption={tableCaption(view, indicator.title)}
          documentTitles={documentTitles}
        />
      </ScrollRegion>
      <div className="committee-actions">
        <TableDownloads
          what="this comparison"
          fileNameParts={nameParts}
          table={() => comparisonExport(view, indicator, documentTitles)}
        />
      </div>
      <UserGroupForm
        key={(chosenAreas ?? []).join(',')}
        areas={authorities}
        chosen={chosenAreas ?? view.group.members}
        onApply={onChooseAreas}
      />
    </section>
  );
});
