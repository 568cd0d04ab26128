import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { createApiEngine } from '@server/engine/engine';
import { ApiError } from '@/data/api/api-error';
import { manifestResponseSchema, STATIC_WRITE_MESSAGE } from '@/data/api/contract';
import { slimRow } from '@/data/api/static-shards';
import { createStaticClient } from '@/data/api/static-client';
import { buildStaticApi } from './build-static-api';
import { readDatasetFolder } from '../server/engine/dataset-folder';

const FIXTURE = 'test/fixtures/dataset';
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'ragstone-static-'));
  buildStaticApi(FIXTURE, out);
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(out, path)];
  });
}

function countObservations(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce<number>((sum, item) => sum + countObservations(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.entries(value).reduce<number>(
    (sum, [key, item]) =>
      sum + (key === 'observations' && Array.isArray(item) ? item.length : countObservations(item)),
    0,
  );
}

/** Serves the built shards the way a static web host would, at /static/api. */
function serveShards() {
  server.use(
    http.get('*/static/api/*', ({ request }) => {
      const path = decodeURIComponent(
        new URL(request.url).pathname.replace(/^\/static\/api\//, ''),
      );
      try {
        return HttpResponse.text(readFileSync(join(out, path), 'utf8'), {
          headers: { 'content-type': 'application/json' },
        });
      } catch {
        return new HttpResponse('Not found', { status: 404 });
      }
    }),
  );
}

test('the build writes list shards per top-level node, one per indicator, area and comparison', () => {
  expect(filesUnder(out).sort()).toEqual([
    'compare.json',
    'compare/paf-c28.json',
    'compare/paf-c28/at/2012-04.json',
    'compare/paf-c28/at/2012-05.json',
    'indicators/fx-green.json',
    'indicators/fx-library-visits.json',
    'indicators/ni-125.json',
    'indicators/ni-141.json',
    'indicators/paf-c28.json',
    'indicators/paf-c28/medway.json',
    'indicators/t2010-52.json',
    'lists/test-org/kent.json',
    'lists/test-org/kent/at/2012-04.json',
    'lists/test-org/kent/at/2012-05.json',
    'lists/test-org/kent/at/2012_13.json',
    'lists/unassigned.json',
    'manifest.json',
    'organisation.json',
  ]);
});

test('no shard holds every figure, and the manifest says the copy is read-only', () => {
  const total = readDatasetFolder(FIXTURE).dataset?.observations.length ?? 0;
  const heavy = filesUnder(out).filter((file) => {
    const content: unknown = JSON.parse(readFileSync(join(out, file), 'utf8'));
    return countObservations(content) >= total / 2;
  });
  expect(total).toBeGreaterThan(0);
  expect(heavy).toEqual([]);
  const manifest = manifestResponseSchema.parse(
    JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')),
  );
  expect(manifest.writable).toBe(false);
});

describe('the static client reading the shards', () => {
  const { dataset } = readDatasetFolder(FIXTURE);
  if (!dataset) throw new Error('fixture did not load');
  const engine = createApiEngine(dataset);
  const ids = (rows: { indicator: { id: string } }[]) => rows.map((row) => row.indicator.id);

  test.each([
    {},
    { framework: 'NI' as const },
    { status: 'red' as const },
    { q: 'c28' },
    { structure: 'test-org', node: 'unit-b' },
    { period: '2012-04', status: 'red' as const },
  ])('filters %j exactly as the API does', async (params) => {
    serveShards();
    const client = createStaticClient('/static/api');
    const list = await client.indicatorList(params);
    const expected = engine.indicatorList(params);
    if (!expected.ok) throw new Error(expected.body.error);
    expect(ids(list.rows)).toEqual(ids(expected.body.rows));
    expect(list.counts).toEqual(expected.body.counts);
  });

  test('changing filters costs no further request', async () => {
    serveShards();
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => {
      requested.push(new URL(request.url).pathname.replace('/static/api/', ''));
    });
    const client = createStaticClient('/static/api');
    await client.indicatorList({ structure: 'test-org' });
    await client.statusSummary('test-org', 'kent', undefined);
    await client.indicatorList({ structure: 'test-org', status: 'red' });
    await client.scorecard('test-org', 'unit-a', undefined);
    expect(requested.sort()).toEqual([
      'lists/test-org/kent.json',
      'manifest.json',
      'organisation.json',
    ]);
    await client.indicatorList({ q: 'library', kind: 'activity' });
    expect(requested).toContain('lists/unassigned.json');
  });

  test('every list, scorecard and summary, latest and as at each period, is what the API answers', async () => {
    serveShards();
    const client = createStaticClient('/static/api');
    for (const period of [undefined, '2012-04', '2012-05', '2012/13']) {
      const list = await client.indicatorList({ structure: 'test-org', period });
      const expected = engine.indicatorList({ structure: 'test-org', period });
      expect(expected.ok && { ...list, rejected: undefined }).toEqual(
        expected.ok && { ...expected.body, rejected: undefined },
      );
      for (const node of ['kent', 'customer-and-communities', 'unit-a', 'unit-b']) {
        const scorecard = await client.scorecard('test-org', node, period);
        const card = engine.scorecard('test-org', node, period);
        const trimmed = card.ok && {
          ...card.body,
          rows: card.body.rows.map(slimRow),
          rejected: [],
        };
        expect(scorecard).toEqual(trimmed);
        const summary = engine.statusSummary('test-org', node, period);
        expect(await client.statusSummary('test-org', node, period)).toEqual(
          summary.ok && summary.body,
        );
      }
    }
  });

  test('the detail gets its row definition back from the full one', async () => {
    serveShards();
    const client = createStaticClient('/static/api');
    const expected = engine.indicatorDetail('ni-125');
    expect(await client.indicatorDetail('ni-125', 'kent')).toEqual(expected.ok && expected.body);
  });

  test('scorecards and summaries come from the list shard of the node’s directorate', async () => {
    serveShards();
    const client = createStaticClient('/static/api');
    const latest = await client.scorecard('test-org', 'unit-a', undefined);
    expect(ids(latest.rows)).toEqual(['fx-green', 'ni-125']);
    const atApril = await client.statusSummary('test-org', 'kent', '2012-04');
    const expected = engine.statusSummary('test-org', 'kent', '2012-04');
    expect(expected.ok && atApril).toEqual(expected.ok && expected.body);
  });

  test('a period with no list file says lists exist only for periods with figures', async () => {
    serveShards();
    const client = createStaticClient('/static/api');
    await expect(client.indicatorList({ period: '2009-01' })).rejects.toMatchObject({
      status: 404,
      field: 'period',
      message: expect.stringContaining('lists only for periods with figures') as unknown,
    });
  });

  test('an indicator for another area, and a missing one', async () => {
    serveShards();
    const client = createStaticClient('/static/api');
    expect((await client.indicatorDetail('paf-c28', 'medway')).row.latest?.value).toBe(72);
    await expect(client.indicatorDetail('nope', 'kent')).rejects.toMatchObject({
      status: 404,
      kind: 'http',
    });
  });

  test('writes are refused with a clear explanation', async () => {
    const client = createStaticClient('/static/api');
    const attempt = client.recordActual('fx-green', { period: '2012-06', value: 70 });
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toMatchObject({
      kind: 'read-only',
      message: STATIC_WRITE_MESSAGE,
    });
  });
});
