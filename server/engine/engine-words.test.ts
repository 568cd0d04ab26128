import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstIssueWords, missingUnitWords, noAreaWords, noIndicatorWords } from './engine-words';

describe('what the engine says when it cannot answer', () => {
  it('names the indicator or area that is not there', () => {
    expect(noIndicatorWords('paf-c28')).toBe('There is no indicator "paf-c28".');
    expect(noAreaWords('atlantis')).toBe('There is no area "atlantis" in this dataset.');
  });

  it('names the structure when only the unit is missing, else the structure', () => {
    const structures = [{ id: 'cc-2012', name: 'Customer and Communities 2012' }];
    expect(missingUnitWords(structures, 'cc-2012', 'libraries')).toEqual({
      field: 'nodeId',
      message: 'There is no unit "libraries" in the Customer and Communities 2012 structure.',
    });
    expect(missingUnitWords(structures, 'nope', 'libraries')).toEqual({
      field: 'structureId',
      message: 'There is no organisation structure "nope".',
    });
  });

  it('leads a query problem with the parameter it is about', () => {
    const parsed = z.object({ period: z.string().regex(/^\d{4}$/, 'not a year') }).safeParse({
      period: 'soon',
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(firstIssueWords(parsed.error)).toEqual({
        field: 'period',
        message: 'period: not a year',
      });
    }
  });

  it('blames the whole query when no parameter is at fault', () => {
    expect(firstIssueWords({ issues: [{ path: [], message: 'empty' }] })).toEqual({
      field: 'query',
      message: 'query: empty',
    });
  });
});
