import {
  comparableIndicatorsResponseSchema,
  comparisonResponseSchema,
  comparisonFiguresResponseSchema,
  indicatorDetailResponseSchema,
  indicatorListResponseSchema,
  manifestResponseSchema,
  recordActualResponseSchema,
  scorecardResponseSchema,
  statusSummaryResponseSchema,
} from '@/data/api/contract';
import type { Dataset } from '@/data/contract/assemble-dataset';
import { loadFixtureDataset } from '@mocks/fixture-dataset';
import { createApiEngine, type ApiEngine } from './engine';
import type { EngineResult } from './engine-result';

const writer = { actor: { id: 'u1', name: 'Pat Jones' }, ifMatch: undefined };

let fixture: Dataset;
let engine: ApiEngine;

beforeAll(async () => {
  const { dataset, problems } = await loadFixtureDataset();
  expect(problems).toEqual([]);
  if (!dataset) throw new Error('the fixture dataset did not load');
  fixture = dataset;
});

beforeEach(() => {
  engine = createApiEngine(fixture);
});

function body<T>(result: EngineResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.status}: ${result.body.error}`);
  return result.body;
}

const ids = (result: EngineResult<{ rows: { indicator: { id: string } }[] }>) =>
  body(result).rows.map((row) => row.indicator.id);

test('the manifest counts the dataset, lists its periods in order and says it accepts figures', () => {
  const manifest = manifestResponseSchema.parse(engine.manifest());
  expect(manifest.counts).toEqual({ indicators: 6, observations: 18, areas: 2, notes: 1 });
  expect(manifest.periods).toEqual(['2012-04', '2012-05', '2012/13']);
  expect(manifest.writable).toBe(true);
  expect(createApiEngine(fixture, [], { writable: false }).manifest().writable).toBe(false);
});

test('the list rates every indicator as at its latest figure', () => {
  const list = indicatorListResponseSchema.parse(body(engine.indicatorList({})));
  const status = Object.fromEntries(
    list.rows.map((row) => [row.indicator.id, row.latestRating.status]),
  );
  expect(status).toEqual({
    'fx-green': 'green',
    'ni-125': 'amber',
    'paf-c28': 'red',
    'fx-library-visits': 'not-rated',
    'ni-141': 'not-rated',
    't2010-52': 'green',
  });
  expect(list.counts).toMatchObject({ green: 2, amber: 1, red: 1, total: 6, redAndWorsening: 1 });
  expect(list.rows.find((row) => row.indicator.id === 'paf-c28')?.commentaryCount).toBe(1);
  expect(list.rows.find((row) => row.indicator.id === 'fx-library-visits')?.noteCount).toBe(1);
});

test.each([
  [{ framework: 'NI' }, ['ni-125', 'ni-141']],
  [{ framework: 'BVPI' }, ['paf-c28']],
  [{ framework: 'LOCAL' }, ['fx-green', 'fx-library-visits']],
  [{ status: 'red' }, ['paf-c28']],
  [{ kind: 'activity' }, ['fx-library-visits']],
  [{ q: 'c28' }, ['paf-c28']],
  [{ q: 'BVPI 53' }, ['paf-c28']],
  [{ q: 'ni125' }, ['ni-125']],
  [{ q: 'library' }, ['fx-library-visits']],
  [{ structure: 'test-org', node: 'unit-b' }, ['paf-c28', 'fx-library-visits']],
  [
    { structure: 'test-org', node: 'customer-and-communities' },
    ['fx-green', 'ni-125', 'paf-c28', 'fx-library-visits', 't2010-52'],
  ],
  [{ structure: 'test-org', node: 'unit-a', status: 'green' }, ['fx-green']],
  [{ structure: 'test-org', node: 'no-such-unit' }, []],
])('the list filtered by %j holds %j', (params, expected) => {
  expect(ids(engine.indicatorList(params))).toEqual(expected);
});

test('the list as at an earlier period rates the figures of that period', () => {
  const rows = body(engine.indicatorList({ period: '2012-04' })).rows;
  const c28 = rows.find((row) => row.indicator.id === 'paf-c28');
  expect(c28?.asAt).toBe('2012-04');
  expect(c28?.latest?.value).toBe(65);
  expect(c28?.latestRating.status).toBe('red');
});

test('the list for another area rates that area’s figures', () => {
  const rows = body(engine.indicatorList({ area: 'medway' })).rows;
  expect(rows.find((row) => row.indicator.id === 'paf-c28')?.latest?.value).toBe(72);
});

test('a filter the contract does not allow is a 400 naming the parameter', () => {
  const result = engine.indicatorList({ framework: 'XYZ' });
  expect(result).toMatchObject({ ok: false, status: 400, body: { field: 'framework' } });
  expect(engine.indicatorList({ period: 'May 2012' })).toMatchObject({
    status: 400,
    body: { field: 'period' },
  });
  expect(engine.indicatorList({ area: 'atlantis' })).toMatchObject({
    status: 400,
    body: { field: 'area' },
  });
});

test('an indicator comes with its figures, commentary, notes, owners and how many areas have figures', () => {
  const detail = indicatorDetailResponseSchema.parse(body(engine.indicatorDetail('paf-c28')));
  expect(detail.row.latestRating.reason).toMatch(/^Red: 60%/);
  expect(detail.observations.every((o) => o.area === 'kent')).toBe(true);
  expect(detail.observations).toHaveLength(4);
  expect(detail.commentary.map((c) => c.text)).toEqual([
    'Fewer packages started in May while the new contract bedded in.',
  ]);
  expect(detail.owners.map((node) => node.id)).toEqual(['unit-b']);
  expect(detail.comparisonAreaCount).toBe(2);
  expect(body(engine.indicatorDetail('paf-c28', 'medway')).row.latest?.value).toBe(72);
  expect(engine.indicatorDetail('nope')).toMatchObject({
    status: 404,
    body: { error: 'There is no indicator "nope".' },
  });
});

test('a scorecard has its breadcrumb, children with counts, rows and responsibilities', () => {
  const card = scorecardResponseSchema.parse(body(engine.scorecard('test-org', 'unit-a')));
  expect(card.breadcrumb.map((node) => node.id)).toEqual(['kent', 'customer-and-communities']);
  expect(card.rows.map((row) => row.indicator.id)).toEqual(['fx-green', 'ni-125']);
  expect(card.responsibilities.map((r) => [r.indicatorId, r.role])).toEqual([
    ['ni-125', 'lead'],
    ['ni-141', 'support'],
  ]);
  const directorate = body(engine.scorecard('test-org', 'customer-and-communities'));
  expect(
    directorate.children.map((child) => [child.node.id, child.counts.total, child.counts.red]),
  ).toEqual([
    ['unit-a', 2, 0],
    ['unit-b', 2, 1],
  ]);
  expect(directorate.responsibilities.map((r) => r.indicatorId)).toEqual([
    'ni-125',
    't2010-52',
    'ni-141',
  ]);
  expect(engine.scorecard('test-org', 'nowhere')).toMatchObject({
    status: 404,
    body: { field: 'nodeId' },
  });
  expect(engine.scorecard('nope', 'unit-a')).toMatchObject({
    status: 404,
    body: { field: 'structureId' },
  });
});

test('a status summary counts the node and each child as at a period', () => {
  const summary = statusSummaryResponseSchema.parse(
    body(engine.statusSummary('test-org', 'kent', '2012-05')),
  );
  expect(summary.period).toBe('2012-05');
  // The milestone is reported for the whole of 2012/13, so as at May 2012 it has no figure yet.
  expect(summary.counts).toMatchObject({ green: 1, amber: 1, red: 1, total: 5 });
  expect(summary.byChild.map((child) => child.node.id)).toEqual(['customer-and-communities']);
});

test('comparisons cover indicators with figures for two or more areas', () => {
  const comparable = comparableIndicatorsResponseSchema.parse(engine.comparableIndicators());
  expect(comparable.items).toEqual([
    expect.objectContaining({
      id: 'paf-c28',
      areaCount: 2,
      periods: ['2012-04', '2012-05', '2012/13'],
    }),
  ]);
  const comparison = comparisonResponseSchema.parse(body(engine.comparison('paf-c28')));
  expect(comparison.areas.map((area) => area.id).sort()).toEqual(['kent', 'medway']);
  expect(comparison.groups.map((group) => group.id)).toEqual(['test-neighbours']);
  expect(comparison.tables.map((table) => table.id)).toEqual(['fx-home-care-neighbours']);
  // Each area's actual figures as one number per period; the 2012/13 period holds a target only.
  expect(comparison.series).toEqual({
    periods: ['2012-04', '2012-05'],
    areas: [
      { area: 'kent', values: [65, 60], documents: [] },
      { area: 'medway', values: [71, 72], documents: [] },
    ],
  });
  // It opens on the latest period the authority reports with the most areas: only its figures travel.
  expect(comparison.figures.period).toBe('2012-05');
  expect(comparison.figures.observations.map((o) => [o.area, o.value])).toEqual([
    ['kent', 60],
    ['medway', 72],
  ]);
  expect(engine.comparison('nope')).toMatchObject({ status: 404 });
});

test('another period’s figures of a comparison travel alone, and the period must be one', () => {
  const april = comparisonFiguresResponseSchema.parse(
    body(engine.comparisonFigures('paf-c28', '2012-04')),
  );
  expect(april.observations.map((o) => [o.area, o.period, o.value])).toEqual([
    ['kent', '2012-04', 65],
    ['medway', '2012-04', 71],
  ]);
  // A later month nobody reports: each area's latest earlier month, flagged by its own period.
  const june = body(engine.comparisonFigures('paf-c28', '2012-06'));
  expect(june.observations.map((o) => [o.area, o.period])).toEqual([
    ['kent', '2012-05'],
    ['medway', '2012-05'],
  ]);
  expect(engine.comparisonFigures('paf-c28', undefined)).toMatchObject({ status: 400 });
  expect(engine.comparisonFigures('paf-c28', 'May 2012')).toMatchObject({ status: 400 });
  expect(engine.comparisonFigures('nope', '2012-04')).toMatchObject({ status: 404 });
});

test('a comparison names every area of the groups it returns, with or without figures', () => {
  const withFigurelessMembers: Dataset = {
    ...fixture,
    areas: [
      ...fixture.areas,
      { id: 'wessex', name: 'Wessex', type: 'county' },
      { id: 'mercia', name: 'Mercia', type: 'county' },
    ],
    groups: fixture.groups.map((group) =>
      group.id === 'test-neighbours'
        ? { ...group, leadArea: 'mercia', members: [...group.members, 'wessex'] }
        : group,
    ),
  };
  const comparison = comparisonResponseSchema.parse(
    body(createApiEngine(withFigurelessMembers).comparison('paf-c28')),
  );
  expect(comparison.series.areas.some((e) => e.area === 'wessex' || e.area === 'mercia')).toBe(
    false,
  );
  expect(comparison.areas).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: 'wessex', name: 'Wessex' }),
      expect.objectContaining({ id: 'mercia', name: 'Mercia' }),
    ]),
  );
});

describe('recording an actual', () => {
  test('an unknown indicator is a 404', () => {
    expect(engine.recordActual('ni-999', { period: '2012-06', value: 1 }, writer)).toMatchObject({
      status: 404,
      body: { field: 'indicatorId' },
    });
  });

  test.each([
    [
      'a month for an annual indicator',
      'ni-141',
      { period: '2012-06', value: 50 },
      'period',
      /June 2012 does not fit ni-141, which is reported annual/,
    ],
    [
      'a year for a monthly indicator',
      'fx-green',
      { period: '2012/13', value: 50 },
      'period',
      /give a month/,
    ],
    [
      'a period Ragstone cannot read',
      'fx-green',
      { period: 'June', value: 50 },
      'period',
      /^period: must be a period/,
    ],
    [
      'a percentage over 100',
      'fx-green',
      { period: '2012-06', value: 120 },
      'value',
      /120 is not a percentage between 0 and 100/,
    ],
    [
      'a negative count',
      'fx-library-visits',
      { period: '2012-06', value: -3 },
      'value',
      /cannot be negative/,
    ],
    [
      'a value that is not a number',
      'fx-green',
      { period: '2012-06', value: 'ninety' },
      'value',
      /value must be a number/,
    ],
    ['no value', 'fx-green', { period: '2012-06' }, 'value', /value/],
    [
      'an unknown area',
      'fx-green',
      { period: '2012-06', value: 50, area: 'atlantis' },
      'area',
      /atlantis/,
    ],
  ])('%s is a 422 naming the field', (_case, id, request, field, message) => {
    const result = engine.recordActual(id, request, writer);
    expect(result).toMatchObject({ ok: false, status: 422, body: { field } });
    expect(result.ok ? '' : result.body.error).toMatch(message);
  });

  test('a figure far outside the indicator’s years is refused until the period is confirmed', () => {
    const refused = engine.recordActual('fx-green', { period: '2102-06', value: 90 }, writer);
    expect(refused).toMatchObject({ ok: false, status: 422, body: { field: 'confirmPeriod' } });
    expect(refused.ok ? '' : refused.body.error).toBe(
      'June 2102 is 89 years after this indicator’s other figures (April 2012 to March 2013). Check the period; if it is right, confirm it and save again.',
    );
    const before = engine.recordActual('fx-green', { period: '1990-06', value: 90 }, writer);
    expect(before.body).toMatchObject({ field: 'confirmPeriod' });
    expect(before.ok ? '' : before.body.error).toMatch(/^June 1990 is 22 years before/);
    // Nothing was stored, so the red indicator is still rated on its own years.
    expect(body(engine.indicatorDetail('fx-green')).row.latest?.period).not.toBe('2102-06');

    const confirmed = engine.recordActual(
      'fx-green',
      {
        period: '2102-06',
        value: 90,
        confirmPeriod: true,
      },
      writer,
    );
    expect(confirmed.status).toBe(201);
  });

  test('a figure for the next year or two needs no confirmation', () => {
    expect(engine.recordActual('fx-green', { period: '2014-06', value: 90 }, writer).status).toBe(
      201,
    );
  });

  test('a valid figure is stored, rated and seen by later reads', () => {
    const result = engine.recordActual(
      'fx-green',
      {
        period: '2012-06',
        value: 70,
        commentary: 'Staff shortage.',
      },
      writer,
    );
    expect(result.status).toBe(201);
    const recorded = recordActualResponseSchema.parse(body(result));
    expect(recorded.row.latestRating.status).toBe('red');
    expect(recorded.commentary?.text).toBe('Staff shortage.');

    expect(ids(engine.indicatorList({ status: 'red' }))).toEqual(['fx-green', 'paf-c28']);
    expect(body(engine.indicatorDetail('fx-green')).commentary).toHaveLength(1);
    expect(engine.manifest().counts.observations).toBe(19);
    expect(engine.manifest().periods).toContain('2012-06');
    // A fresh engine starts again from the dataset.
    expect(ids(createApiEngine(fixture).indicatorList({ status: 'red' }))).toEqual(['paf-c28']);
  });

  test('a second figure for a filled slot is a 409 with both values, not a lost update', () => {
    engine.recordActual('fx-green', { period: '2012-06', value: 70 }, writer);
    const clash = engine.recordActual('fx-green', { period: '2012-06', value: 95 }, writer);
    expect(clash).toMatchObject({
      ok: false,
      status: 409,
      body: { current: { value: 70, version: 1 }, proposed: { value: 95 } },
    });
    const stale = engine.recordActual(
      'fx-green',
      { period: '2012-06', value: 95, reason: 'Late return' },
      { ...writer, ifMatch: 0 },
    );
    expect(stale.status).toBe(409);
    expect(body(engine.indicatorDetail('fx-green')).observations.at(-1)?.value).toBe(70);
  });

  test('a correction with the version it saw and a reason replaces the figure and keeps both in the history', () => {
    engine.recordActual('fx-green', { period: '2012-06', value: 70 }, writer);
    expect(
      engine.recordActual('fx-green', { period: '2012-06', value: 95 }, { ...writer, ifMatch: 1 }),
    ).toMatchObject({ status: 422, body: { field: 'reason' } });
    const corrected = engine.recordActual(
      'fx-green',
      { period: '2012-06', value: 95, reason: 'Typo in the return' },
      { actor: { id: 'u2', name: 'Sam Lee' }, ifMatch: 1 },
    );
    expect(corrected).toMatchObject({ status: 200, body: { version: 2 } });
    const detail = body(engine.indicatorDetail('fx-green'));
    expect(detail.observations.filter((o) => o.period === '2012-06').map((o) => o.value)).toEqual([
      95,
    ]);
    expect(detail.row.latestRating.status).toBe('green');
    expect(engine.manifest().counts.observations).toBe(19);
    expect(body(engine.history('fx-green')).entries).toEqual([
      expect.objectContaining({
        before: 70,
        after: 95,
        version: 2,
        reason: 'Typo in the return',
        actor: { id: 'u2', name: 'Sam Lee' },
      }),
      expect.objectContaining({ before: null, after: 70, version: 1, actor: writer.actor }),
    ]);
  });

  test('a target can be recorded for the year of a monthly indicator', () => {
    const result = engine.recordActual(
      'fx-green',
      { period: '2013/14', measure: 'target', value: 85 },
      writer,
    );
    expect(result).toMatchObject({
      status: 201,
      body: { change: { subject: 'target', after: 85 } },
    });
  });

  test('a read-only engine refuses writes with the static publication message', () => {
    const readOnly = createApiEngine(fixture, [], { writable: false });
    expect(
      readOnly.recordActual('fx-green', { period: '2012-06', value: 70 }, writer),
    ).toMatchObject({
      status: 405,
      body: {
        error:
          'This copy of Ragstone is a static publication; recording figures needs the Ragstone API.',
      },
    });
  });
});
