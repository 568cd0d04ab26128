import { describe, expect, it } from 'vitest';
import { parseSearch } from '@/ui/navigation';
import { dashboardSearchSchema, exceptionsSearchSchema } from './dashboard-search';

/** What a page reads from an address typed or pasted by hand. */
const dashboardAt = (query: string) => dashboardSearchSchema.parse(parseSearch(query));

describe('reading the filters from an address', () => {
  it('keeps every filter a person could have chosen', () => {
    expect(
      dashboardAt(
        '?structure=kcc-2008&node=cfe&framework=PAF&status=not-rated&kind=activity&q=care&period=2012%2F13%20Q1&open=cfe&profiles=paper',
      ),
    ).toEqual({
      structure: 'kcc-2008',
      node: 'cfe',
      framework: 'PAF',
      status: 'not-rated',
      kind: 'activity',
      q: 'care',
      period: '2012/13 Q1',
      open: 'cfe',
      profiles: 'paper',
    });
  });

  it('drops what cannot be read and keeps the rest', () => {
    expect(
      dashboardAt('?structure=KCC!&framework=XYZ&status=purple&kind=x&profiles=all&q=care'),
    ).toEqual({ q: 'care' });
  });

  it('drops a period of the right shape with impossible years', () => {
    expect(dashboardAt('?period=2012%2F99')).toEqual({});
    expect(dashboardAt('?period=1800')).toEqual({});
    expect(dashboardAt('?period=2012-05')).toEqual({ period: '2012-05' });
  });

  it('reads the overdue page as a whole number from 1', () => {
    const read = (query: string) => exceptionsSearchSchema.parse(parseSearch(query)).overduePage;
    expect(read('?overduePage=3')).toBe(3);
    expect(read('?overduePage=0')).toBeUndefined();
    expect(read('?overduePage=1.5')).toBeUndefined();
  });
});
