import {
  describe as describeRow,
  mismatchReason,
  plannedFigures,
  rowPolarity,
  yearToDateContradiction,
} from './dashboard-2012.figures';
import type { RowSpec } from './dashboard-2012.rows';

const percentRow: RowSpec = { id: 'calls', unit: { type: 'percent' } };

describe('the figures each table of the June 2012 dashboard prints', () => {
  it('files a monthly row as May, year to date, target, floor and last year, with RAG columns', () => {
    const planned = plannedFigures('monthly', percentRow);
    expect(
      planned.map((p) => [p.column, p.target.period, p.target.measure, p.target.basis]),
    ).toEqual([
      ['month', '2012-05', 'actual', 'period'],
      ['ytd', '2012-05', 'actual', 'ytd'],
      ['target', '2012/13', 'target', undefined],
      ['floor', '2012/13', 'floor', undefined],
      ['previous', '2011/12', 'actual', undefined],
    ]);
    expect(planned.map((p) => p.ragColumn)).toEqual([
      'monthRag',
      'ytdRag',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps a rolling 12-month figure rolling in the year-to-date column, and says why', () => {
    const ytd = plannedFigures('monthly', { ...percentRow, basis: 'rolling-12' })[1];
    expect(ytd?.target.basis).toBe('rolling-12');
    expect(ytd?.note).toMatch(/repeats the rolling 12 month figure/);
  });

  it('files an annual row as a rated forecast against the year-end target', () => {
    expect(plannedFigures('annual', percentRow).map((p) => [p.column, p.ragColumn])).toEqual([
      ['forecast', 'forecastRag'],
      ['target', undefined],
      ['floor', undefined],
      ['previous', undefined],
    ]);
  });

  it('files an activity row as April, May, year to date, forecast and expected, none rated', () => {
    const planned = plannedFigures('activity', percentRow);
    expect(planned.map((p) => p.column)).toEqual([
      'april',
      'may',
      'ytd',
      'forecast',
      'expected',
      'previous',
    ]);
    expect(planned.every((p) => p.ragColumn === undefined)).toBe(true);
  });

  it('keeps a running total cumulative in the previous-year column', () => {
    const previous = plannedFigures('monthly', { ...percentRow, basis: 'cumulative' }).at(-1);
    expect(previous?.target).toEqual({
      indicatorId: 'calls',
      period: '2011/12',
      measure: 'actual',
      basis: 'cumulative',
    });
  });
});

describe('a row’s polarity', () => {
  const fromFloor = { polarity: 'higher-is-better' as const, reason: 'target above floor' };
  const wording = { polarity: 'lower-is-better' as const, reason: 'from the wording' };

  it('never judges activity', () => {
    expect(rowPolarity('activity', fromFloor, wording).polarity).toBe('no-judgement');
  });

  it('takes the printed target and floor first, then the wording, else unknown', () => {
    expect(rowPolarity('monthly', fromFloor, wording)).toBe(fromFloor);
    expect(rowPolarity('annual', null, wording)).toBe(wording);
    expect(rowPolarity('monthly', null, undefined)).toEqual({
      polarity: 'unknown',
      reason: 'No numeric target and floor, and the wording does not settle it.',
    });
  });
});

describe('the dashboard’s wording', () => {
  it('says which table an indicator comes from', () => {
    expect(describeRow('annual', 'Registration income')).toBe(
      'Annual performance indicator (forecast rated against the year-end target) on the Customer & Communities Performance Dashboard, June 2012: Registration income.',
    );
  });

  it('explains a RAG that a count cannot reproduce by the unprinted phasing and the assumed profile', () => {
    const reason = mismatchReason(
      'ytd',
      { publishedRag: 'amber', value: 120, printed: '120' },
      'red',
      '600',
      '550',
      {
        unit: { type: 'count' },
        profile: { shape: 'flat', source: 'assumed', reason: '' },
      },
    );
    expect(reason).toBe(
      "The published year-to-date AMBER for 120 cannot be reproduced from the year-end target 600 and floor 550 (they give RED): the figure counts part of the year against a year-end target, and the phased (profiled) target it was rated against is not printed. Ragstone's status assumes a flat profile instead, and says so.",
    );
  });

  it('says a RAG cannot be checked when its figure cannot be read', () => {
    expect(
      mismatchReason(
        'month',
        { publishedRag: 'green', value: null, printed: '1,018m' },
        null,
        '1',
        '2',
        percentRow,
      ),
    ).toBe('The published month GREEN cannot be checked: the figure "1,018m" cannot be read.');
  });

  it('names an April and May that do not add up to the year to date, and nothing when they do', () => {
    const april = { value: 1000, printed: '1,000' };
    const may = { value: 1200, printed: '1,200' };
    expect(yearToDateContradiction(april, may, { value: 2200, printed: '2,200' })).toBeNull();
    expect(yearToDateContradiction(april, may, { value: 2100, printed: '2,100' })).toBe(
      'April (1,000) and May (1,200) add up to 2,200, but the year to date is printed as 2,100. All three are kept as printed.',
    );
    expect(yearToDateContradiction(april, undefined, { value: 2100, printed: '2,100' })).toBeNull();
  });
});
