// @vitest-environment node
/**
 * Benchmark imports kept on the server, through the real app and accounts plugin on a real
 * database (PGlite, or PostgreSQL with RAGSTONE_TEST_DATABASE_URL): who may add and remove, the
 * size ceiling, validation, history instead of deletion, and the audit log.
 */
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsApp, PEOPLE, type AccountsApp } from '../testing/accounts-app';
import type { TestBrowser } from './test-client';
import type {
  BenchmarkImportsResponse,
  ImportedSet,
  NewBenchmarkImport,
} from '@/data/api/contract';
import { readAudit } from './audit';
import { benchmarkImports } from './schema';

let house: AccountsApp;

beforeAll(async () => {
  house = await openAccountsApp([PEOPLE.ann, PEOPLE.bob, PEOPLE.vic, PEOPLE.ada]);
});
afterAll(() => house.close());

const as = (email: string | null) => house.as(email);

const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;

function fingertips(figures = 3): NewBenchmarkImport {
  return {
    id: `import-${randomUUID()}`,
    fileName: 'fingertips-pm25.csv',
    indicatorId: 'paf-c28',
    title: 'Fine particulate matter',
    unit: { type: 'rate', per: 1000 },
    polarity: 'lower-is-better',
    figures: Array.from({ length: figures }, (_, index) => ({
      areaId: index === 0 ? 'kent' : `area-${index}`,
      name: index === 0 ? 'Kent' : `Area ${index}`,
      code: index === 0 ? 'E10000016' : undefined,
      areaType: 'county',
      isReference: false,
      period: '2019',
      value: 7.5 + index,
      printed: String(7.5 + index),
      row: index + 2,
    })),
  };
}

const list = async (browser: TestBrowser) =>
  json<BenchmarkImportsResponse>(await browser.request('GET', '/api/benchmark-imports'));

describe('benchmark imports on the server', () => {
  it('a signed-in person adds an import; everyone sees it, labelled with its file and importer', async () => {
    const ann = await as('ann@example.org');
    const added = await ann.request('POST', '/api/benchmark-imports', fingertips());
    expect(added.status).toBe(201);
    const { import: set } = await json<{ import: ImportedSet }>(added);
    expect(set).toMatchObject({
      fileName: 'fingertips-pm25.csv',
      importedBy: { name: 'Ann Analyst' },
      mayRemove: true,
    });
    expect(set.figures).toHaveLength(3);

    const signedOut = await list(await as(null));
    expect(signedOut.mayAdd).toBe(false);
    const seen = signedOut.imports.find((s) => s.id === set.id);
    expect(seen?.fileName).toBe('fingertips-pm25.csv');
    expect(seen?.mayRemove).toBe(false);
    expect((await list(ann)).mayAdd).toBe(true);

    const [entry] = await readAudit(house.db, { limit: 1 });
    expect(entry).toMatchObject({
      action: 'benchmark-import.add',
      actorName: 'Ann Analyst',
      newValue: { fileName: 'fingertips-pm25.csv', figures: 3, indicatorId: 'paf-c28' },
    });
  });

  it('only the importer or an administrator may remove it; the row is kept as history', async () => {
    const ann = await as('ann@example.org');
    const bob = await as('bob@example.org');
    const ada = await as('ada@example.org');
    const ids: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const response = await ann.request('POST', '/api/benchmark-imports', fingertips());
      ids.push((await json<{ import: ImportedSet }>(response)).import.id);
    }
    const [first = '', second = ''] = ids;
    expect((await list(bob)).imports.find((s) => s.id === first)?.mayRemove).toBe(false);
    const refused = await bob.request('DELETE', `/api/benchmark-imports/${first}`);
    expect(refused.status).toBe(403);
    expect((await json<{ error: string }>(refused)).error).toBe(
      'Only Ann Analyst or an administrator can remove fingertips-pm25.csv.',
    );
    expect(
      (await (await as(null)).request('DELETE', `/api/benchmark-imports/${first}`)).status,
    ).toBe(401);

    expect((await ann.request('DELETE', `/api/benchmark-imports/${first}`)).status).toBe(204);
    expect((await ada.request('DELETE', `/api/benchmark-imports/${second}`)).status).toBe(204);
    expect((await ann.request('DELETE', `/api/benchmark-imports/${first}`)).status).toBe(404);
    const current = (await list(ann)).imports.map((s) => s.id);
    expect(current).not.toContain(first);
    expect(current).not.toContain(second);

    const kept = await house.db
      .select({ id: benchmarkImports.id, removedBy: benchmarkImports.removedBy })
      .from(benchmarkImports)
      .where(inArray(benchmarkImports.id, [first, second]));
    expect(kept.map((row) => row.removedBy !== null)).toEqual([true, true]);
    const audit = await readAudit(house.db, { limit: 2 });
    expect(audit.map((e) => [e.action, e.actorName])).toEqual([
      ['benchmark-import.remove', 'Ada Admin'],
      ['benchmark-import.remove', 'Ann Analyst'],
    ]);
  });

  it('refuses signed-out writes, writes without the CSRF token, bad bodies, unknown indicators and oversize imports', async () => {
    expect(
      (await (await as(null)).request('POST', '/api/benchmark-imports', fingertips())).status,
    ).toBe(401);
    const vic = await as('vic@example.org');
    const viewer = await vic.request('POST', '/api/benchmark-imports', fingertips());
    expect(viewer.status).toBe(403);
    expect((await json<{ error: string }>(viewer)).error).toMatch(/may read figures only/);
    expect((await list(vic)).mayAdd).toBe(false);
    const ann = await as('ann@example.org');
    const before = (await list(ann)).imports.length;

    const noToken = await as('ann@example.org');
    noToken.csrfToken = null;
    expect((await noToken.request('POST', '/api/benchmark-imports', fingertips())).status).toBe(
      403,
    );

    const bad = await ann.request('POST', '/api/benchmark-imports', {
      ...fingertips(),
      figures: [{ ...fingertips().figures[0], value: 'seven' }],
    });
    expect(bad.status).toBe(422);
    expect((await json<{ error: string }>(bad)).error).toMatch(/^figures\.0\.value: /);

    const empty = await ann.request('POST', '/api/benchmark-imports', {
      ...fingertips(),
      figures: [],
    });
    expect((await json<{ error: string }>(empty)).error).toBe(
      'figures: An import needs at least one figure.',
    );

    const again = fingertips();
    expect((await ann.request('POST', '/api/benchmark-imports', again)).status).toBe(201);
    const twice = await ann.request('POST', '/api/benchmark-imports', again);
    expect(twice.status).toBe(409);
    const badId = await ann.request('POST', '/api/benchmark-imports', { ...fingertips(), id: 'x' });
    expect((await json<{ error: string }>(badId)).error).toBe(
      'id: must be import- followed by a UUID',
    );
    const before2 = (await list(ann)).imports.length;

    const unknown = await ann.request('POST', '/api/benchmark-imports', {
      ...fingertips(),
      indicatorId: 'no-such-indicator',
    });
    expect(unknown.status).toBe(422);

    const tooMany = await ann.request('POST', '/api/benchmark-imports', fingertips(50_001));
    expect(tooMany.status).toBe(422);
    expect((await json<{ error: string }>(tooMany)).error).toBe(
      'figures: An import keeps at most 50,000 figures.',
    );

    const huge = await ann.request('POST', '/api/benchmark-imports', {
      ...fingertips(),
      title: 'x'.repeat(9 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect((await list(ann)).imports).toHaveLength(before2);
    expect(before2).toBe(before + 1);
  });
});
