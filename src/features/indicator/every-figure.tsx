import type { IndicatorDetailResponse } from '@/data/api/contract';
import { ScrollRegion } from '@/ui/scroll-region';
import { TableDownloads } from '@/ui/table-downloads';
import { FiguresTable } from './figures-table';
import { indicatorFiguresExport } from './figures-export';
// The downloads' row (spacing, and hidden on paper) is styled there; this page may be the first to use it.
import '@/ui/committee-actions.css';

interface EveryFigureProps {
  data: IndicatorDetailResponse;
  documentTitles: ReadonlyMap<string, string>;
  /** The area the figures are for, in the download's file name. */
  areaName: string;
}

/** The table view: every figure held, with its source, and the table as a download. */
export function EveryFigure({ data, documentTitles, areaName }: EveryFigureProps) {
  const { indicator } = data;
  return (
    <>
      <ScrollRegion label="Every figure">
        <FiguresTable
          observations={data.observations}
          unit={indicator.unit}
          title={indicator.title}
          documentTitles={documentTitles}
        />
      </ScrollRegion>
      <div className="committee-actions">
        <TableDownloads
          what="every figure"
          fileNameParts={['ragstone', areaName, indicator.id, 'figures']}
          table={() => indicatorFiguresExport(data, documentTitles, areaName)}
        />
      </div>
    </>
  );
}
