// @vitest-environment node
/**
 * Every endpoint of the contract over HTTP, against a real database (PGlite, or PostgreSQL when
 * RAGSTONE_TEST_DATABASE_URL is set) seeded from the fixture dataset. Answers must match the pure
 * engine over the same folder: the trip through the database loses nothing.
 */
import { apiPaths, conflictErrorSchema, recordActualResponseSchema } from '@/data/api/contract';
import { readDatasetFolder } from '../engine/dataset-folder';
import { createApiEngine, type ApiEngine } from '../engine/engine';
import { createService, startService, type RagstoneService } from '../service';
import { FIXTURE_DATASET, openTestDatabase, type TestDatabase } from '../testing/test-database';
import type { ActorSource } from './actor';
import { readRoutes } from './api-read-routes';
import { createApp } from './app';

/** Tests say who they are in a header; the accounts layer will do this with sessions. */
const headerActor: ActorSource = (c) => {
  const name = c.req.header('x-test-actor');
  return name ? { id: name.toLowerCase().replace(/\W+/g, '-'), name } : null;
};

let database: TestDatabase;
let service: RagstoneService;
let reference: ApiEngine;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await openTestDatabase();
  service = await startService(database.handle, { datasets: [FIXTURE_DATASET] });
  const { dataset, problems } = readDatasetFolder(FIXTURE_DATASET);
  if (!dataset) throw new Error('fixture did not load');
  reference = createApiEngine(dataset, problems);
  app = createApp({ service, getActor: headerActor, rateLimit: false });
});

afterAll(async () => {
  await database.drop();
});

const get = async (path: string) => {
  const response = await app.request(`/api${path}`);
  return { status: response.status, body: (await response.json()) as unknown, response };
};

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(`/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-actor': 'Pat Jones', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('reads', () => {
  test('manifest, organisation and comparisons match the engine over the dataset folder', async () => {
    expect(readRoutes.manifest.schema.parse((await get('/manifest')).body)).toEqual(
      reference.manifest(),
    );
    expect(readRoutes.organisation.schema.parse((await get('/organisation')).body)).toEqual(
      reference.organisation(),
    );
    expect(readRoutes.comparableIndicators.schema.parse((await get('/compare')).body)).toEqual(
      reference.comparableIndicators(),
    );
    const comparison = await get('/compare/paf-c28');
    expect(readRoutes.comparison.schema.parse(comparison.body)).toEqual(
      readRoutes.comparison.schema.parse(
        reference.comparison('paf-c28').ok ? reference.comparison('paf-c28').body : null,
      ),
    );
  });

  test.each([
    ['', {}],
    ['?status=red', { status: 'red' }],
    ['?structure=test-org&node=unit-a', { structure: 'test-org', node: 'unit-a' }],
    ['?period=2012-04', { period: '2012-04' }],
    ['?area=medway', { area: 'medway' }],
  ])('the indicator list %s matches the engine', async (query, params) => {
    const { status, body } = await get(`/indicators${query}`);
    expect(status).toBe(200);
    const expected = reference.indicatorList(params);
    expect(readRoutes.indicators.schema.parse(body)).toEqual(expected.ok ? expected.body : null);
  });

  test('an indicator detail, scorecard and summary answer in the contract', async () => {
    const detail = await get('/indicators/fx-green');
    expect(readRoutes.indicator.schema.parse(detail.body).indicator.id).toBe('fx-green');
    const other = await get('/indicators/paf-c28?area=medway');
    expect(readRoutes.indicator.schema.parse(other.body).observations.length).toBeGreaterThan(0);
    const scorecard = await get('/organisation/test-org/customer-and-communities/scorecard');
    expect(readRoutes.scorecard.schema.parse(scorecard.body).node.id).toBe(
      'customer-and-communities',
    );
    const summary = await get('/organisation/test-org/kent/summary?period=2012-05');
    expect(readRoutes.statusSummary.schema.parse(summary.body).period).toBe('2012-05');
    const history = await get('/indicators/ni-141/history');
    expect(readRoutes.history.schema.parse(history.body)).toEqual({
      entries: [],
      profileChanges: [],
    });
  });

  /** One request for each read of the contract, for things the fixture dataset has. */
  const exampleReads: Record<keyof typeof readRoutes, string> = {
    manifest: apiPaths.manifest(),
    organisation: apiPaths.organisation(),
    indicators: apiPaths.indicators(),
    indicator: apiPaths.indicator('fx-green'),
    history: apiPaths.history('ni-141'),
    scorecard: apiPaths.scorecard('test-org', 'kent'),
    statusSummary: apiPaths.statusSummary('test-org', 'kent'),
    comparableIndicators: apiPaths.comparableIndicators(),
    comparison: apiPaths.comparison('paf-c28'),
    comparisonFigures: `${apiPaths.comparisonFigures('paf-c28')}?period=2012-04`,
  };
  const contractReads = Object.keys(apiPaths).filter((name) => name !== 'recordActual');

  test.each(contractReads)(
    'the contract read %s has a route that answers in its schema',
    async (name) => {
      expect(Object.keys(readRoutes)).toContain(name);
      const read = name as keyof typeof readRoutes;
      const { status, body } = await get(exampleReads[read]);
      expect(status).toBe(200);
      expect(readRoutes[read].schema.safeParse(body).success).toBe(true);
    },
  );

  test.each([
    ['/indicators/ni-999', 'indicatorId'],
    ['/indicators/fx-green?area=atlantis', 'area'],
    ['/indicators/ni-999/history', 'indicatorId'],
    ['/organisation/nope/kent/scorecard', 'structureId'],
    ['/organisation/test-org/nope/summary', 'nodeId'],
    ['/compare/ni-999', 'indicatorId'],
  ])('%s is a 404 naming %s', async (path, field) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body).toMatchObject({ field });
  });

  test('an endpoint that does not exist is a JSON 404, and bad filters are a 400', async () => {
    const missing = await get('/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'There is no API endpoint GET /api/nothing-here.' });
    expect(await get('/indicators?status=purple')).toMatchObject({
      status: 400,
      body: { field: 'status' },
    });
    expect(await get('/organisation/test-org/kent/scorecard?period=June')).toMatchObject({
      status: 400,
      body: { field: 'period' },
    });
  });
});

describe('writes', () => {
  test('without an account a write is a 401 and nothing is stored', async () => {
    const response = await app.request('/api/indicators/fx-green/actuals', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ period: '2012-09', value: 80 }),
    });
    expect(response.status).toBe(401);
    expect((await get('/indicators/fx-green/history')).body).toEqual({
      entries: [],
      profileChanges: [],
    });
  });

  test.each([
    [{ period: '2012-06', value: 120 }, 'value'],
    [{ period: '2012/13', value: 50 }, 'period'],
    [{ period: '2012-06', value: 50, area: 'atlantis' }, 'area'],
    [{ period: '2012-06' }, 'value'],
  ])('%j is a 422 naming %s', async (body, field) => {
    const response = await post('/indicators/fx-green/actuals', body);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ field });
  });

  test('a body that is not JSON is a 400, an unreadable If-Match a 400, an unknown indicator a 404', async () => {
    expect((await post('/indicators/fx-green/actuals', '{not json')).status).toBe(400);
    const badTag = await post(
      '/indicators/fx-green/actuals',
      { period: '2012-07', value: 1 },
      {
        'if-match': 'yesterday',
      },
    );
    expect(badTag.status).toBe(400);
    expect((await post('/indicators/ni-999/actuals', { period: '2012-07', value: 1 })).status).toBe(
      404,
    );
  });

  test('a figure is stored, rated, in the history and still there after a restart', async () => {
    const response = await post('/indicators/fx-green/actuals', {
      period: '2012-06',
      value: 70,
      commentary: 'Two posts vacant.',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const stored = recordActualResponseSchema.parse(await response.json());
    expect(stored.row.latestRating.status).toBe('red');
    expect(stored.change).toMatchObject({ before: null, after: 70, actor: { name: 'Pat Jones' } });

    const restarted = await createService(database.handle);
    const detail = restarted.engine().indicatorDetail('fx-green');
    expect(detail.ok && detail.body.observations.at(-1)).toMatchObject({
      period: '2012-06',
      value: 70,
    });
    expect(detail.ok && detail.body.commentary.map((c) => c.text)).toContain('Two posts vacant.');
    const history = restarted.engine().history('fx-green');
    expect(history.ok && history.body.entries.map((e) => e.subject)).toEqual([
      'commentary',
      'actual',
    ]);
  });

  test('a second save without the version is a 409 showing both values; a correction keeps both', async () => {
    await post('/indicators/ni-125/actuals', { period: '2012-06', value: 60 });
    const clash = await post('/indicators/ni-125/actuals', { period: '2012-06', value: 65 });
    expect(clash.status).toBe(409);
    expect(conflictErrorSchema.parse(await clash.json())).toMatchObject({
      current: { value: 60, version: 1, lastChange: { actor: { name: 'Pat Jones' } } },
      proposed: { value: 65 },
    });

    const noReason = await post(
      '/indicators/ni-125/actuals',
      { period: '2012-06', value: 65 },
      {
        'if-match': '"1"',
      },
    );
    expect(noReason.status).toBe(422);
    const corrected = await post(
      '/indicators/ni-125/actuals',
      { period: '2012-06', value: 65, reason: 'The return was revised' },
      { 'if-match': '"1"', 'x-test-actor': 'Sam Lee' },
    );
    expect(corrected.status).toBe(200);
    expect(corrected.headers.get('etag')).toBe('"2"');

    const stale = await post(
      '/indicators/ni-125/actuals',
      { period: '2012-06', value: 99, reason: 'Mine' },
      { 'if-match': '"1"' },
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ current: { value: 65, version: 2 } });

    const history = readRoutes.history.schema.parse((await get('/indicators/ni-125/history')).body);
    expect(history.entries.map((e) => [e.before, e.after, e.actor.name, e.reason])).toEqual([
      [60, 65, 'Sam Lee', 'The return was revised'],
      [null, 60, 'Pat Jones', 'First recorded in Ragstone'],
    ]);
    const detail = readRoutes.indicator.schema.parse((await get('/indicators/ni-125')).body);
    expect(detail.observations.filter((o) => o.period === '2012-06').map((o) => o.value)).toEqual([
      65,
    ]);
  });

  test('two people saving the same figure at once: one wins, the other gets a 409', async () => {
    const [first, second] = await Promise.all([
      post('/indicators/fx-library-visits/actuals', { period: '2012-06', value: 100 }),
      post(
        '/indicators/fx-library-visits/actuals',
        { period: '2012-06', value: 200 },
        {
          'x-test-actor': 'Sam Lee',
        },
      ),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const history = readRoutes.history.schema.parse(
      (await get('/indicators/fx-library-visits/history')).body,
    );
    expect(history.entries).toHaveLength(1);
  });

  test('a correction of a figure from the papers starts from version 1', async () => {
    const detail = readRoutes.indicator.schema.parse((await get('/indicators/paf-c28')).body);
    const paper = detail.observations.find((o) => o.measure === 'actual' && o.basis === 'period');
    if (!paper) throw new Error('fixture has no paf-c28 actual');
    const response = await post(
      '/indicators/paf-c28/actuals',
      { period: paper.period, value: 50, reason: 'Misprint in the paper' },
      { 'if-match': '"1"' },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      change: { before: paper.value, after: 50, version: 2 },
    });
  });
});

describe('limits and headers', () => {
  test('a body over the limit is a 413 with a JSON error', async () => {
    const response = await post('/indicators/fx-green/actuals', {
      period: '2012-06',
      value: 1,
      commentary: 'x'.repeat(70 * 1024),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ field: 'body' });
  });

  test('too many requests from one client are a 429 with Retry-After', async () => {
    const limited = createApp({ service, rateLimit: { capacity: 2, refillPerSecond: 0.01 } });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await limited.request('/api/manifest')).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await limited.request('/api/manifest');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.text()).toMatch(/"error":"Too many requests/);
  });

  test('every response carries the security headers; HSTS only over HTTPS', async () => {
    const { response } = await get('/manifest');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
    expect(response.headers.get('strict-transport-security')).toBeNull();

    const proxied = createApp({ service, trustProxy: true, rateLimit: false });
    const https = await proxied.request('/api/manifest', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    // Without trusting a proxy, anyone could claim HTTPS; the header is ignored.
    const spoofed = await app.request('/api/manifest', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });
});
