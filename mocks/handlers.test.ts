import {
  comparableIndicatorsResponseSchema,
  comparisonResponseSchema,
  indicatorDetailResponseSchema,
  indicatorListResponseSchema,
  manifestResponseSchema,
  organisationResponseSchema,
  scorecardResponseSchema,
  statusSummaryResponseSchema,
} from '@/data/api/contract';
import { toAbsoluteUrl } from '@/data/api/fetch-json';
import { setDataset } from './scenarios';
import { MOCK_CSRF_TOKEN, resetMockSession } from './session-handlers';

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(toAbsoluteUrl(`/api${path}`));
  return { status: response.status, body: await response.json() };
}

test('by default the mock API serves the Kent dataset, every read endpoint inside the contract', async () => {
  const manifest = manifestResponseSchema.parse((await get('/manifest')).body);
  expect(manifest.manifest.authority).toEqual({ id: 'kent', name: 'Kent County Council' });
  expect(manifest.writable).toBe(true);

  const { structures } = organisationResponseSchema.parse((await get('/organisation')).body);
  const list = indicatorListResponseSchema.parse((await get('/indicators')).body);
  expect(list.total).toBe(manifest.counts.indicators);

  const first = list.rows[0];
  if (first) {
    indicatorDetailResponseSchema.parse((await get(`/indicators/${first.indicator.id}`)).body);
  }
  for (const structure of structures) {
    const root = structure.nodes.find((node) => node.parentId === null);
    if (!root) continue;
    scorecardResponseSchema.parse(
      (await get(`/organisation/${structure.id}/${root.id}/scorecard`)).body,
    );
    statusSummaryResponseSchema.parse(
      (await get(`/organisation/${structure.id}/${root.id}/summary`)).body,
    );
  }
  const comparable = comparableIndicatorsResponseSchema.parse((await get('/compare')).body);
  const firstComparable = comparable.items[0];
  if (firstComparable)
    comparisonResponseSchema.parse((await get(`/compare/${firstComparable.id}`)).body);
});

test('query parameters reach the engine, and a bad one is a 400 naming it', async () => {
  setDataset('fixture');
  const list = indicatorListResponseSchema.parse(
    (await get('/indicators?framework=NI&q=125')).body,
  );
  expect(list.rows.map((row) => row.indicator.id)).toEqual(['ni-125']);
  expect(await get('/indicators?status=purple')).toMatchObject({
    status: 400,
    body: { field: 'status' },
  });
});

test('writes are kept for the session and reset between tests', async () => {
  setDataset('fixture');
  const response = await fetch(toAbsoluteUrl('/api/indicators/fx-green/actuals'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': MOCK_CSRF_TOKEN },
    body: JSON.stringify({ period: '2012-06', value: 70 }),
  });
  expect(response.status).toBe(201);
  const detail = indicatorDetailResponseSchema.parse((await get('/indicators/fx-green')).body);
  expect(detail.row.latest?.period).toBe('2012-06');

  const notJson = await fetch(toAbsoluteUrl('/api/indicators/fx-green/actuals'), {
    method: 'POST',
    headers: { 'x-csrf-token': MOCK_CSRF_TOKEN },
    body: 'ninety',
  });
  expect(notJson.status).toBe(400);
});

test('like the server, the mock refuses a write without the CSRF token (403) or signed out (401)', async () => {
  setDataset('fixture');
  const write = (headers: Record<string, string>) =>
    fetch(toAbsoluteUrl('/api/indicators/fx-green/actuals'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ period: '2012-06', value: 70 }),
    });
  const noToken = await write({});
  expect(noToken.status).toBe(403);
  expect(await noToken.json()).toMatchObject({ field: 'X-CSRF-Token' });
  resetMockSession(false);
  expect((await write({ 'x-csrf-token': MOCK_CSRF_TOKEN })).status).toBe(401);
});

test('nothing recorded in an earlier test is still there', async () => {
  setDataset('fixture');
  const detail = indicatorDetailResponseSchema.parse((await get('/indicators/fx-green')).body);
  expect(detail.row.latest?.period).toBe('2012-05');
});
