// @vitest-environment node
/**
 * Monthly profiles administrators set, through the real server on Kent's dataset: a year's profile
 * changes the year-to-date status the server serves (and says so in the reason), keeps every
 * version, audits each in the same transaction, and refuses bad shares naming the month.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsApp, PEOPLE, type AccountsApp } from '../testing/accounts-app';
import { TestBrowser } from './test-client';

const ROGUE_TRADERS = '/api/admin/indicators/cc2012-rogue-traders-disrupted';
/** A tenth of the year in each of April and May, 8% in every other month. */
const SEASONAL = [10, 10, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8];
let house: AccountsApp;

beforeAll(async () => {
  house = await openAccountsApp([PEOPLE.ada, PEOPLE.vic], { datasets: ['datasets/kent'] });
}, 120_000);
afterAll(async () => {
  await house.close();
});

const as = (email: string) => house.as(email);
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

interface Rating {
  status: string;
  reason: string;
  assumption?: string;
}
const ytdOf = async (browser: TestBrowser) =>
  (
    await json<{ row: { ytdRating: Rating } }>(
      await browser.request('GET', '/api/indicators/cc2012-rogue-traders-disrupted'),
    )
  ).row.ytdRating;

describe('monthly profiles set by administrators', () => {
  it('refuses shares that are not a profile, naming the month or the total', async () => {
    const ada = await as('ada@example.org');
    const body = { year: '2012/13', shares: SEASONAL, version: 0, reason: 'Seasonal' };
    const cases = [
      [
        { ...body, shares: [...SEASONAL.slice(0, 4), -8, ...SEASONAL.slice(5)] },
        'shares.4',
        /^August: a share is between 0% and 100%/,
      ],
      [
        { ...body, shares: [...SEASONAL.slice(0, 1), 'ten', ...SEASONAL.slice(2)] },
        'shares.1',
        /^May: enter its share as a number/,
      ],
      [
        { ...body, shares: [...SEASONAL.slice(0, 11), 3] },
        'shares',
        /add up to 95%; April to March must add up to 100%/,
      ],
      [
        { ...body, shares: SEASONAL.slice(0, 11) },
        'shares',
        /12 months, April to March; this has 11/,
      ],
      [
        { ...body, reason: '' },
        'reason',
        /2012\/13 has already started: say why its monthly profile is changing/,
      ],
      [{ ...body, year: '2012-05' }, 'year', /not a financial year/],
    ] as const;
    for (const [request, field, message] of cases) {
      const response = await ada.request('PUT', `${ROGUE_TRADERS}/profile`, request);
      expect({ field, status: response.status }).toEqual({ field, status: 422 });
      const answer = await json<{ error: string; field: string }>(response);
      expect(answer.field).toBe(field);
      expect(answer.error).toMatch(message);
    }
  });

  it('is for administrators only: 401 signed out, 403 for a viewer', async () => {
    const body = { year: '2012/13', shares: SEASONAL, version: 0, reason: 'x' };
    const vic = await as('vic@example.org');
    expect((await vic.request('PUT', `${ROGUE_TRADERS}/profile`, body)).status).toBe(403);
    const nobody = new TestBrowser(house.app, '/api');
    expect((await nobody.request('PUT', `${ROGUE_TRADERS}/profile`, body)).status).toBe(401);
  });

  it('a set profile changes the year-to-date status and its reason, keeps history and audits it', async () => {
    const ada = await as('ada@example.org');
    const before = await ytdOf(ada);
    expect(before.status).toBe('green');
    expect(before.assumption).toMatch(/assumes a flat profile/);

    const response = await ada.request('PUT', `${ROGUE_TRADERS}/profile`, {
      year: '2012/13',
      shares: SEASONAL,
      version: 0,
      reason: 'Most rogue traders are caught in the spring',
    });
    expect(response.status).toBe(200);
    const settings = await json<{ profiles: unknown[]; datasetProfile: string | null }>(response);
    expect(settings.profiles).toEqual([{ year: '2012/13', shares: SEASONAL, version: 1 }]);
    expect(settings.datasetProfile).toMatch(/flat profile/);

    const after = await ytdOf(ada);
    expect(after).toEqual({
      status: 'amber',
      rule: 'target-floor',
      reason:
        'Amber: the year-to-date figure of 5 is below the 6 profile target for April to May 2012 but above the 4 floor (30 × 20% = 6, under the monthly profile administrators set for 2012/13)',
    });

    // The database is the truth: the read model rebuilt from it has the profile too.
    await house.service.refresh();
    expect((await ytdOf(ada)).status).toBe('amber');

    const audit = await json<{ entries: Record<string, unknown>[] }>(
      await ada.request('GET', '/api/admin/audit?action=profile'),
    );
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'profile.change',
        subject: 'cc2012-rogue-traders-disrupted 2012/13 monthly profile',
        oldValue: null,
        newValue: SEASONAL,
        reason: 'Most rogue traders are caught in the spring',
        actorName: 'Ada Admin',
      }),
    ]);
  });

  it('a second version keeps the first in the history; a stale version is a 409 and changes nothing', async () => {
    const ada = await as('ada@example.org');
    const flat = Array.from({ length: 12 }, () => 8.33);
    const stale = await ada.request('PUT', `${ROGUE_TRADERS}/profile`, {
      year: '2012/13',
      shares: flat,
      version: 0,
      reason: 'Back to flat',
    });
    expect(stale.status).toBe(409);
    expect(await json<{ field: string; error: string }>(stale)).toMatchObject({
      field: 'version',
      error: expect.stringMatching(/now version 1, set by Ada Admin/) as unknown,
    });
    expect((await ytdOf(ada)).status).toBe('amber');

    const second = await ada.request('PUT', `${ROGUE_TRADERS}/profile`, {
      year: '2012/13',
      shares: flat,
      version: 1,
      reason: 'Back to flat',
    });
    expect(second.status).toBe(200);
    expect((await ytdOf(ada)).status).toBe('green');
    const history = await json<{ profileChanges: Record<string, unknown>[] }>(
      await ada.request('GET', '/api/indicators/cc2012-rogue-traders-disrupted/history'),
    );
    expect(history.profileChanges).toEqual([
      expect.objectContaining({
        version: 2,
        before: SEASONAL,
        shares: flat,
        reason: 'Back to flat',
      }),
      expect.objectContaining({ version: 1, before: null, shares: SEASONAL }),
    ]);
    const audit = await json<{ entries: unknown[] }>(
      await ada.request('GET', '/api/admin/audit?action=profile'),
    );
    expect(audit.entries).toHaveLength(2);
  });
});
