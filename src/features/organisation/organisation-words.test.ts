import {
  scorecardFilterWords,
  scorecardLead,
  scorecardPrintHeading,
  emptyIndicatorsLine,
  shownLine,
} from './organisation-words';

test('the scorecard names its filters in words', () => {
  expect(scorecardFilterWords({ status: 'red', kind: 'activity', q: 'calls' })).toEqual([
    'status Red',
    'activity indicators',
    'matching “calls”',
  ]);
  expect(shownLine(12, 12, {})).toBe('12 indicators');
  expect(shownLine(1, 1, {})).toBe('1 indicator');
  expect(shownLine(2, 12, { status: 'red' })).toBe('2 of 12 indicators, status Red');
  expect(emptyIndicatorsLine(0)).toBe('No indicators are reported by this part of the council.');
  expect(emptyIndicatorsLine(12)).toBe('No indicators match.');
});

test('the lead and printed heading say what the scorecard is and when', () => {
  expect(scorecardLead('unit', 'Kent 2008', '2012-05')).toBe('Unit in Kent 2008, as at May 2012');
  expect(scorecardLead('directorate', undefined, undefined)).toBe('Directorate, latest figures');
  expect(scorecardPrintHeading('Kent County Council', 'Libraries', ['status Red'], '2012-05')).toBe(
    'Kent County Council: Libraries scorecard, filtered to status Red, as at May 2012',
  );
  expect(scorecardPrintHeading('Kent County Council', 'Kent County Council', [], undefined)).toBe(
    'Kent County Council scorecard, all indicators',
  );
});
