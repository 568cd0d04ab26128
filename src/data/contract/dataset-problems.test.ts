import type { Observation } from './dataset-schema';
import {
  conflictingFigureMessage,
  describeFigure,
  duplicateIdMessage,
  formatProblem,
  missingReference,
  problemLog,
} from './dataset-problems';

const figure = (value: number | null, text?: string): Observation => ({
  indicatorId: 'paf-c32',
  area: 'kent',
  period: '2012/13',
  basis: 'period',
  measure: 'actual',
  value,
  ...(text !== undefined ? { text } : {}),
});

describe('the words the dataset loader reports problems in', () => {
  it('reports a problem at the record’s own file and path, an error unless it says otherwise', () => {
    const record = {};
    const unread = {};
    const log = problemLog(new Map([[record, { file: 'kent.json', path: 'areas[3]' }]]));
    log.report(record, '.id', 'is wrong');
    log.report(unread, '', 'has no origin', 'warning');
    expect(log.problems).toEqual([
      { file: 'kent.json', path: 'areas[3].id', message: 'is wrong', severity: 'error' },
      { file: '?', path: '', message: 'has no origin', severity: 'warning' },
    ]);
    expect(log.problems.map(formatProblem)).toEqual([
      'kent.json: areas[3].id: is wrong',
      '?: has no origin',
    ]);
  });

  it('names an unknown reference and a duplicate id with where the first one was', () => {
    expect(missingReference('area', 'narnia')).toBe('refers to unknown area "narnia"');
    expect(duplicateIdMessage('note', 'n1', { file: 'a.json', path: 'notes[0]' })).toBe(
      'duplicate note id "n1" (first defined in a.json notes[0]); this one is ignored',
    );
    expect(duplicateIdMessage('note', 'n1', undefined)).toBe(
      'duplicate note id "n1" (first defined in ? ); this one is ignored',
    );
  });

  it('describes a figure by its number, its quoted text, or as no value', () => {
    expect(describeFigure(figure(0))).toBe('0');
    expect(describeFigure(figure(null, 'TBC'))).toBe('"TBC"');
    expect(describeFigure(figure(null))).toBe('no value');
  });

  it('says which figure is given twice, with both values and where the first was read', () => {
    expect(
      conflictingFigureMessage(figure(81), figure(null, 'TBC'), {
        file: 'first.json',
        path: 'observations[4]',
      }),
    ).toBe(
      'paf-c32 actual for kent 2012/13 (period) is given twice with different values: 81 here, "TBC" in first.json observations[4]',
    );
  });
});
