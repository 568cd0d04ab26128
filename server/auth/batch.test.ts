// @vitest-environment node
/**
 * A filled returns template through the real server on a real database: checked per row and per
 * person, committed as one batch through the return cycle, undone as one, and refused in words
 * when a figure in it was approved since.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsApp, PEOPLE, type AccountsApp } from '../testing/accounts-app';

let house: AccountsApp;

beforeAll(async () => {
  house = await openAccountsApp([PEOPLE.cat, PEOPLE.alf, PEOPLE.ada]);
});
afterAll(() => house.close());

const as = (email: string | null) => house.as(email);

interface BatchBody {
  batch: { id: string; actuals: number; undoneAt: string | null } | null;
  problems: { sheet: string; row: number; column: string; problem: string }[];
  error?: string;
}
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

const actual = (
  row: number,
  indicatorId: string,
  period: string,
  value: number,
  commentary: string | null = null,
) => ({
  sheet: 'Actuals',
  row,
  indicatorId,
  period,
  value,
  commentary,
});

describe('a returns batch', () => {
  it('names every bad cell by sheet, row and column, and writes nothing when any row is bad', async () => {
    const cat = await as('cat@example.org');
    const response = await cat.request('POST', '/api/return-batches', {
      mode: 'draft',
      fileName: 'june.xlsx',
      actuals: [
        actual(2, 'paf-c28', '2012-07', 85),
        actual(3, 'no-such-code', '2012-07', 1),
        actual(4, 'ni-125', '2012-07', 50),
        actual(5, 'paf-c28', '2102-07', 85),
        actual(6, 'fx-library-visits', '2012-07', -4),
      ],
    });
    expect(response.status).toBe(422);
    const body = await json<BatchBody>(response);
    expect(body.problems.map((p) => `${p.sheet} ${p.row} ${p.column}`)).toEqual([
      'Actuals 3 Indicator code',
      'Actuals 4 Indicator code',
      'Actuals 5 Period',
      'Actuals 6 Value',
    ]);
    expect(body.problems[0]?.problem).toBe('there is no indicator with the code "no-such-code".');
    expect(body.problems[1]?.problem).toMatch(
      /not a contributor for a unit responsible for ni-125/,
    );
    const returns = await json<{ returns: unknown[] }>(
      await cat.request('GET', '/api/return-batches/indicators/paf-c28'),
    );
    expect(returns.returns).toEqual([]);
  });

  it('asks for a commentary on a red figure before it is submitted, naming the cell', async () => {
    const cat = await as('cat@example.org');
    const response = await cat.request('POST', '/api/return-batches', {
      mode: 'submitted',
      fileName: 'june.csv',
      actuals: [actual(7, 'paf-c28', '2012-08', 40)],
    });
    expect(response.status).toBe(422);
    expect((await json<BatchBody>(response)).problems).toEqual([
      {
        sheet: 'Actuals',
        row: 7,
        column: 'Commentary',
        problem:
          'A red figure needs a commentary saying why and what is being done before it is submitted.',
      },
    ]);
  });

  it('commits submitted returns as one batch, and undoes them as one', async () => {
    const cat = await as('cat@example.org');
    const committed = await cat.request('POST', '/api/return-batches', {
      mode: 'submitted',
      fileName: 'june.xlsx',
      actuals: [
        actual(2, 'paf-c28', '2012-06', 60, 'Two officers on long-term sick leave.'),
        actual(3, 'fx-library-visits', '2012-06', 530000),
      ],
    });
    expect(committed.status).toBe(201);
    const { batch } = await json<BatchBody>(committed);
    expect(batch?.actuals).toBe(2);
    const listed = await json<{
      returns: { period: string; status: string; batchId: string | null }[];
    }>(await cat.request('GET', '/api/return-batches/indicators/paf-c28'));
    expect(listed.returns).toEqual([
      expect.objectContaining({ period: '2012-06', status: 'submitted', batchId: batch?.id }),
    ]);

    const undone = await cat.request('POST', `/api/return-batches/${batch?.id ?? ''}/undo`);
    expect(undone.status).toBe(200);
    expect((await json<BatchBody>(undone)).batch?.undoneAt).not.toBeNull();
    const after = await json<{ returns: unknown[] }>(
      await cat.request('GET', '/api/return-batches/indicators/paf-c28'),
    );
    expect(after.returns).toEqual([]);
    const again = await cat.request('POST', `/api/return-batches/${batch?.id ?? ''}/undo`);
    expect(again.status).toBe(409);

    const ada = await as('ada@example.org');
    const log = await json<{ entries: { action: string; reason: string }[] }>(
      await ada.request('GET', '/api/admin/audit'),
    );
    const actions = log.entries.map((e) => e.action);
    expect(actions).toContain('batch.import');
    expect(actions).toContain('batch.undo');
    expect(log.entries.find((e) => e.action === 'return.import-submit')?.reason).toContain(
      batch?.id,
    );
  });

  it('refuses to undo a batch when one of its figures was approved since', async () => {
    const cat = await as('cat@example.org');
    const alf = await as('alf@example.org');
    const committed = await json<BatchBody>(
      await cat.request('POST', '/api/return-batches', {
        mode: 'submitted',
        fileName: 'september.xlsx',
        actuals: [actual(2, 'fx-library-visits', '2012-09', 500000)],
      }),
    );
    expect(
      (await alf.request('POST', '/api/returns/fx-library-visits/approve?period=2012-09')).status,
    ).toBe(200);
    const refused = await cat.request(
      'POST',
      `/api/return-batches/${committed.batch?.id ?? ''}/undo`,
    );
    expect(refused.status).toBe(409);
    expect((await json<{ error: string }>(refused)).error).toMatch(
      /cannot be undone.*fx-library-visits for 2012-09 was approved and published/,
    );
  });

  it('answers a Definitions row that changes nothing as unchanged, and refuses a batch of only such rows', async () => {
    const cat = await as('cat@example.org');
    const stored = await json<{ row: { indicator: { title: string } } }>(
      await cat.request('GET', '/api/indicators/paf-c28'),
    );
    const prefilled = {
      sheet: 'Definitions',
      row: 2,
      indicatorId: 'paf-c28',
      title: stored.row.indicator.title,
      polarity: 'higher-is-better',
      unit: 'percent',
      frequency: 'monthly',
      rule: 'target-floor',
      owner: 'unit-b',
      year: '2012/13',
      target: 80,
      floor: 70,
    };
    const checked = await cat.request('POST', '/api/return-batches', {
      mode: 'check',
      fileName: 'prefilled.xlsx',
      definitions: [prefilled, { ...prefilled, row: 3, target: 88 }],
    });
    expect(checked.status).toBe(200);
    const body = await json<BatchBody & { unchanged: { sheet: string; row: number }[] }>(checked);
    expect(body.unchanged).toEqual([{ sheet: 'Definitions', row: 2 }]);
    // Row 3 changes the target: a contributor may not, so it is refused in words.
    expect(body.problems.map((p) => [p.row, p.problem])).toEqual([
      [3, 'Only administrators can change indicator definitions.'],
    ]);

    const committed = await cat.request('POST', '/api/return-batches', {
      mode: 'draft',
      fileName: 'prefilled.xlsx',
      definitions: [prefilled],
    });
    expect(committed.status).toBe(422);
    expect((await json<BatchBody>(committed)).error).toBe(
      'Every row of this batch is the same as what is stored already; nothing was imported.',
    );
  }, 30_000);

  it('lets only administrators change definitions, and undoes a target as history', async () => {
    const definition = {
      sheet: 'Definitions',
      row: 2,
      indicatorId: 'paf-c28',
      title: 'Reviews of care plans (renamed)',
      polarity: 'higher-is-better',
      unit: 'percent',
      frequency: 'monthly',
      rule: 'target-floor',
      owner: 'unit-b',
      year: '2013/14',
      target: 90,
      floor: 75,
    };
    const cat = await as('cat@example.org');
    const refused = await cat.request('POST', '/api/return-batches', {
      mode: 'draft',
      fileName: 'definitions.xlsx',
      definitions: [definition],
    });
    expect(refused.status).toBe(422);
    expect((await json<BatchBody>(refused)).problems[0]?.problem).toBe(
      'Only administrators can change indicator definitions.',
    );

    const ada = await as('ada@example.org');
    const committed = await ada.request('POST', '/api/return-batches', {
      mode: 'draft',
      fileName: 'definitions.xlsx',
      definitions: [definition],
    });
    expect(committed.status).toBe(201);
    const detail = await json<{
      row: { indicator: { title: string } };
      observations: { period: string; measure: string; value: number | null }[];
    }>(await ada.request('GET', '/api/indicators/paf-c28'));
    expect(detail.row.indicator.title).toBe('Reviews of care plans (renamed)');
    expect(
      detail.observations.find((o) => o.period === '2013/14' && o.measure === 'target')?.value,
    ).toBe(90);

    const { batch } = await json<BatchBody>(committed);
    expect((await ada.request('POST', `/api/return-batches/${batch?.id ?? ''}/undo`)).status).toBe(
      200,
    );
    const restored = await json<{
      row: { indicator: { title: string } };
      observations: { period: string; measure: string; value: number | null }[];
    }>(await ada.request('GET', '/api/indicators/paf-c28'));
    expect(restored.row.indicator.title).not.toBe('Reviews of care plans (renamed)');
    expect(
      restored.observations.find((o) => o.period === '2013/14' && o.measure === 'target')?.value ??
        null,
    ).toBeNull();
    const history = await json<{ entries: { reason: string }[] }>(
      await ada.request('GET', '/api/indicators/paf-c28/history'),
    );
    expect(history.entries.map((e) => e.reason)).toEqual(
      expect.arrayContaining([expect.stringContaining('Undo of import batch')]),
    );
  });
});
