import { describe, expect, test } from 'vitest';
import { readFilePeriod } from './file-periods';

describe('periods as statistics files write them', () => {
  test.each([
    ['fq_Q1_2010_11', undefined, '2010/11 Q1'],
    ['fq_Q4_2021_22', undefined, '2021/22 Q4'],
    ['2010/11 Q1', undefined, '2010/11 Q1'],
    ['2016-17', undefined, '2016/17'],
    ['2019-20', undefined, '2019/20'],
    ['2009/10 (taxbase)', undefined, '2009/10'],
    ['2018', undefined, '2018'],
    ['May 2012', undefined, '2012-05'],
    ['201819', 'Academic year', 'AY 2018/19'],
    ['201819', 'Financial year', '2018/19'],
    ['201819', 'Financial year Q2', '2018/19 Q2'],
    ['2023', 'Reporting year', '2023'],
    ['2023', 'Calendar year', '2023'],
    ['2019', 'January', '2019-01'],
  ])('"%s" (%s) is %s', (text, timeIdentifier, expected) => {
    expect(readFilePeriod(text, { timeIdentifier })).toBe(expected);
  });

  test.each([
    ['201819', undefined],
    ['201819', 'Reporting year'],
    ['201813', 'Academic year'],
    ['fq_Q5_2010_11', undefined],
    ['2010/13', undefined],
    ['someday', undefined],
    ['', undefined],
    ['2019', 'Academic year'],
  ])('"%s" (%s) is not read as a period rather than guessed', (text, timeIdentifier) => {
    expect(readFilePeriod(text, { timeIdentifier })).toBeNull();
  });
});
