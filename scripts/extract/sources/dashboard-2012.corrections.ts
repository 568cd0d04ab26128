/**
 * Reviewed readings of dashboard rows (004, June 2012) that the PDF conversion split, merged or
 * shifted. Each names the cells as a person reads them and why; nothing here invents a figure.
 */
import type { CellOverride } from './paper-figures';

export type DashboardColumn =
  | 'month'
  | 'monthRag'
  | 'ytd'
  | 'ytdRag'
  | 'target'
  | 'floor'
  | 'previous'
  | 'forecast'
  | 'forecastRag'
  | 'april'
  | 'may'
  | 'expected';

export interface RowCorrection {
  reason: string;
  cells: Partial<Record<DashboardColumn, CellOverride>>;
  /** Set when a person cannot be sure which column a figure belongs to: becomes an 'ambiguous' note. */
  ambiguous?: string;
  /** Target, floor and previous year stand this many columns left of their headings. */
  shiftedLeft?: number;
}

const quarterly = (): CellOverride => ({
  missing: { reason: 'reported-less-often', text: 'Reported quarterly' },
});

const splitQuarterly: RowCorrection = {
  reason:
    '"Reported quarterly" was split across the RAG, DOT and year-to-date columns by the conversion.',
  cells: { month: quarterly(), ytd: quarterly() },
};

const shiftedQuarterly: RowCorrection = {
  reason:
    'The row is shifted two columns left: "Reported quarterly" fills the month column and the three figures stand under year to date, its RAG and the target.',
  cells: { month: quarterly(), ytd: quarterly() },
  shiftedLeft: 2,
  ambiguous:
    'Read in printed order as target, floor standard and previous year; the conversion moved them two columns left, so the assignment is a reading, not certain.',
};

export const dashboardCorrections: Record<number, RowCorrection> = {
  488: {
    reason: '"Available August 2012" was split across the RAG, DOT and year-to-date columns.',
    cells: {
      month: { missing: { reason: 'not-yet-due', text: 'Available August 2012' } },
      ytd: { missing: { reason: 'not-yet-due', text: 'Available August 2012' } },
      previous: {
        printed: '552',
        period: '2010',
        note: 'printed "552 (2010)": the previous result is for 2010, not 2011/12',
      },
    },
  },
  498: splitQuarterly,
  499: splitQuarterly,
  500: splitQuarterly,
  501: {
    reason:
      'The month, target and floor columns ran together as "Reported quarterly 3.5% 5%", and a second 3.5% stands under the floor standard.',
    cells: {
      month: quarterly(),
      ytd: quarterly(),
      target: { printed: '3.5%' },
      floor: { printed: '5%' },
      previous: { printed: '3.5%' },
    },
    ambiguous:
      'Printed "Reported quarterly 3.5% 5%" in the month column and 3.5% under the floor standard. Read in printed order as target 3.5%, floor 5%, previous year 3.5% (a floor above the target fits a lower-is-better measure); the columns are not certain.',
  },
  502: {
    reason: 'The month and target columns ran together as "Reported quarterly 8%".',
    cells: {
      month: quarterly(),
      ytd: quarterly(),
      target: { printed: '8%' },
      floor: { printed: '10%' },
      previous: { printed: '8.5%' },
    },
    ambiguous:
      'Printed "Reported quarterly 8%" in the month column, then 10% and 8.5% under target and floor. Read in printed order as target 8%, floor 10%, previous year 8.5% (a floor above the target fits a lower-is-better measure); the columns are not certain.',
  },
  504: splitQuarterly,
  509: shiftedQuarterly,
  510: shiftedQuarterly,
  511: shiftedQuarterly,
  512: shiftedQuarterly,
  513: shiftedQuarterly,
  515: {
    reason:
      'The month cell says "58.5 (April result)": the latest figure is April\'s, and the year-to-date column repeats it.',
    cells: {
      month: { printed: '58.5', period: '2012-04', note: 'printed "58.5 (April result)"' },
      ytd: {
        printed: '58.5',
        period: '2012-04',
        note: 'year-to-date column repeats the rolling 12 month figure to April',
      },
    },
  },
  518: {
    reason:
      '"Data available from September 2012" was split (with repeated letters) across five columns; the target is a Cyrillic look-alike of TBC.',
    cells: {
      month: { missing: { reason: 'not-yet-due', text: 'Data available from September 2012' } },
      ytd: { missing: { reason: 'not-yet-due', text: 'Data available from September 2012' } },
    },
  },
  532: {
    reason: '"Not available" was split across the forecast and forecast RAG columns.',
    cells: { forecast: { missing: { reason: 'not-available', text: 'Not available' } } },
  },
  533: {
    reason: '"Not available" was split across the forecast and forecast RAG columns.',
    cells: { forecast: { missing: { reason: 'not-available', text: 'Not available' } } },
  },
  535: {
    reason: '"Data not available" was split across the forecast and forecast RAG columns.',
    cells: { forecast: { missing: { reason: 'not-available', text: 'Data not available' } } },
  },
  544: {
    reason: '"Reported quarterly" was split across the April, May and year-to-date columns.',
    cells: { april: quarterly(), may: quarterly(), ytd: quarterly() },
  },
  547: {
    reason:
      '"Year end forecast 214" was split across the April, May and year-to-date columns: it is a forecast, not a monthly figure.',
    cells: {
      forecast: {
        printed: '214',
        period: '2012/13',
        measure: 'forecast',
        note: 'printed "Year end forecast 214" across the April, May and year-to-date columns',
      },
    },
  },
  549: {
    reason: '"Reported quarterly" was split across the April, May and year-to-date columns.',
    cells: { april: quarterly(), may: quarterly(), ytd: quarterly() },
  },
  564: {
    reason: '"Elections in October" was split across the April, May and year-to-date columns.',
    cells: {
      april: { missing: { reason: 'not-yet-due', text: 'Elections in October' } },
      may: { missing: { reason: 'not-yet-due', text: 'Elections in October' } },
      ytd: { missing: { reason: 'not-yet-due', text: 'Elections in October' } },
    },
  },
  567: {
    reason: '"Reported quarterly" fills the April column and two figures follow.',
    cells: {
      april: quarterly(),
      may: quarterly(),
      ytd: quarterly(),
      expected: { printed: '3,467' },
      previous: { printed: '3,379' },
    },
    ambiguous:
      'Printed "Reported quarterly", blank, 3,467, 3,379, blank. A quarterly measure has no year-to-date figure in May, so 3,467 and 3,379 are read as expected 2012/13 activity and previous year (shifted one column left, as in the next rows); not certain.',
  },
  568: {
    reason: '"Reported quarterly" fills the April column and two figures follow.',
    cells: {
      april: quarterly(),
      may: quarterly(),
      ytd: quarterly(),
      expected: { printed: '7,360' },
      previous: { printed: '6,448' },
    },
    ambiguous:
      'Printed "Reported quarterly", blank, 7,360, 6,448, blank. Read as expected 2012/13 activity 7,360 and previous year 6,448 (shifted one column left); not certain.',
  },
  569: {
    reason: '"Reported quarterly" spans the April, May and year-to-date columns.',
    cells: { april: quarterly(), may: quarterly(), ytd: quarterly() },
  },
  571: {
    reason: '"Not available" spans the April, May and year-to-date columns.',
    cells: {
      april: { missing: { reason: 'not-available', text: 'Not available' } },
      may: { missing: { reason: 'not-available', text: 'Not available' } },
      ytd: { missing: { reason: 'not-available', text: 'Not available' } },
    },
  },
};
