/**
 * Reviewed readings of Kent Agreement (003, March 2007) cells the parser cannot read, keyed by
 * line and cell index (0 = the indicator's title). Each says why; none invents a figure.
 */
import type { CellOverride } from './paper-figures';

export interface KentAgreementCorrection {
  reason: string;
  cells: Record<number, CellOverride | 'skip'>;
}

export const kentAgreementCorrections: Record<number, KentAgreementCorrection> = {
  86: {
    reason:
      'The British Ability Scores row holds footnote marks only: "*" = data shown below in the text, "**" = no interim measurement; the target cell holds only "(2008)".',
    cells: {
      1: {
        missing: {
          reason: 'other',
          text: 'Data as shown below in text (baseline sub-scale scores, line 116)',
        },
      },
      2: { missing: { reason: 'not-applicable', text: 'No interim measurement' } },
      3: { missing: { reason: 'not-applicable', text: 'No interim measurement' } },
      5: {
        missing: { reason: 'other', text: 'Printed only "(2008)": no target figure in the table' },
      },
    },
  },
  373: {
    reason: 'The trial-run cell holds a progress remark, not a figure.',
    cells: {
      2: {
        missing: {
          reason: 'not-yet-due',
          text: 'Printed "14 May 842 SDQs (P1) received.": a progress remark, not a result',
        },
      },
    },
  },
  557: {
    reason:
      'Year 2 is printed "12.746" for a count of pupils: a decimal point where a thousands separator belongs (probably 12,746). Not silently fixed.',
    cells: {
      3: {
        missing: {
          reason: 'garbled',
          text: '"12.746" is not a whole number of pupils (probably 12,746, a typo)',
        },
      },
    },
  },
  1230: {
    reason: 'Figures carry their own periods in brackets.',
    cells: {
      3: {
        printed: '1413',
        period: '2006-12',
        basis: 'ytd',
        note: 'printed "1413 (Apr-Dec 06)": April to December 2006',
      },
      5: {
        printed: '2297',
        period: '2007/08',
        note: 'printed "2297*": * 3 year average 2005/06 to 2007/08 (line 1233)',
      },
    },
  },
  1231: {
    reason: 'The year-2 figure carries its own period in brackets.',
    cells: {
      3: {
        printed: '25685',
        period: '2007-02',
        basis: 'ytd',
        note: 'printed "25685 (Apr 06-Feb 07)": April 2006 to February 2007',
      },
    },
  },
  1492: {
    reason:
      'The year columns are blank in this table\'s heading; the cell says "Next survey 2008".',
    cells: {
      3: {
        period: '2008',
        missing: { reason: 'not-yet-due', text: 'Next survey 2008' },
      },
    },
  },
  1626: {
    reason:
      'Each cell carries its own period in brackets; the target\'s "(2005/07)" is read as the cumulative total for 2005 to 2007.',
    cells: {
      5: {
        printed: '5337',
        period: '2007',
        basis: 'cumulative',
        note: 'printed "(2005/07) 5337": taken as the cumulative total over 2005 to 2007',
      },
    },
  },
  1715: {
    reason: 'The cells say how far Kent is below the national average in words.',
    cells: {
      1: { printed: '4.7%', note: 'printed "4.7% below" (below the national average)' },
      2: { printed: '6.0%', note: 'printed "6.0% below" (below the national average)' },
      3: { printed: '4.8%', note: 'printed "4.8% below" (below the national average)' },
      5: {
        printed: 'Less than 5% for one year',
        value: 5,
        note: 'a ceiling: less than 5% below the national average for one year in 2005–2008',
      },
    },
  },
  1831: {
    reason: 'The target cell says when the data is due, not a figure.',
    cells: { 3: { missing: { reason: 'not-yet-due', text: 'Not due until June' } } },
  },
  1832: {
    reason: 'The target cell holds a remark, not a figure.',
    cells: { 3: { missing: { reason: 'other', text: 'Based on previous data' } } },
  },
  1834: {
    reason: 'The target cell says when the data is due, not a figure.',
    cells: { 3: { missing: { reason: 'not-yet-due', text: 'Not due until June' } } },
  },
};
