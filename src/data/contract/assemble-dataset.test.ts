// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { assembleDataset, type RawFile } from './assemble-dataset';

const manifestFile = (files: string[]): RawFile => ({
  name: 'manifest.json',
  content: {
    authority: { id: 'testshire', name: 'Testshire County Council' },
    title: 'Testshire indicators',
    published: '2012-07-06',
    version: '1.0.0',
    files,
  },
});

const indicator = (id: string, owners: unknown[] = []) => ({
  id,
  title: `Indicator ${id}`,
  codes: [],
  kind: 'performance',
  polarity: 'higher-is-better',
  unit: { type: 'percent' },
  frequency: 'annual',
  rule: { type: 'target-floor' },
  owners,
});

const structure = {
  id: 'tcc-2012',
  name: 'Testshire 2012',
  asAt: '2012-04-01',
  nodes: [
    { id: 'testshire', name: 'Testshire', kind: 'authority', parentId: null },
    { id: 'communities', name: 'Communities', kind: 'directorate', parentId: 'testshire' },
    { id: 'libraries', name: 'Libraries', kind: 'unit', parentId: 'nowhere' },
  ],
};

function load(content: Record<string, unknown>) {
  return assembleDataset(manifestFile(['a.json']), [{ name: 'a.json', content }]);
}

test('a valid file loads whole, with no problems', () => {
  const { dataset, problems } = load({ indicators: [indicator('x-1')] });

  expect(problems).toEqual([]);
  expect(dataset?.indicators).toHaveLength(1);
});

test('a missing bundle and an unparseable one are named, and the others still load', () => {
  const { dataset, problems } = assembleDataset(manifestFile(['a.json', 'b.json', 'c.json']), [
    { name: 'a.json', content: { indicators: [indicator('x-1')] } },
    { name: 'b.json', content: '{', parseError: 'Unexpected end of JSON input' },
  ]);

  expect(problems).toEqual([
    {
      file: 'b.json',
      path: '',
      message: 'not valid JSON: Unexpected end of JSON input',
      severity: 'error',
    },
    {
      file: 'c.json',
      path: '',
      message: 'listed in the manifest but not found',
      severity: 'error',
    },
  ]);
  expect(dataset?.indicators.map((item) => item.id)).toEqual(['x-1']);
});

test('an invalid manifest stops loading and names each field', () => {
  const { dataset, problems } = assembleDataset(
    { name: 'manifest.json', content: { title: '', files: [] } },
    [],
  );

  expect(dataset).toBeNull();
  expect(problems.map((problem) => problem.path)).toEqual(
    expect.arrayContaining(['authority', 'title', 'published', 'version', 'files']),
  );
});

test('broken references are reported at the record and the broken part is dropped', () => {
  const { dataset, problems } = load({
    structures: [structure],
    indicators: [
      indicator('x-1', [
        { nodeId: 'communities', role: 'lead' },
        { nodeId: 'gone', role: 'support' },
      ]),
      indicator('x-1'),
    ],
    areas: [{ id: 'northshire', name: 'Northshire', type: 'county' }],
    groups: [
      { id: 'g', name: 'Group', kind: 'user', leadArea: 'nowhere', members: ['northshire', 'x'] },
    ],
    commentary: [{ indicatorId: 'x-2', area: 'testshire', period: '2012-05', text: 'Why' }],
    notes: [{ id: 'n', kind: 'typo', text: 'Typo', indicatorIds: ['x-1', 'x-3'] }],
    comparisonTables: [{ id: 't', title: 'Table', indicatorIds: ['x-4'], areaIds: ['northshire'] }],
    observations: [
      { indicatorId: 'x-1', area: 'southshire', period: '2010', measure: 'actual', value: 1 },
    ],
  });

  expect(problems.map(({ path, message }) => `${path}: ${message}`)).toEqual([
    'indicators[1].id: duplicate indicator id "x-1" (first defined in a.json indicators[0]); this one is ignored',
    'structures[0].nodes[2].parentId: refers to unknown parent node "nowhere"',
    'indicators[0].owners[1].nodeId: refers to unknown organisation node "gone"',
    'observations[0].area: refers to unknown area "southshire"',
    'commentary[0].indicatorId: refers to unknown indicator "x-2"',
    'notes[0].indicatorIds[1]: refers to unknown indicator "x-3"',
    'groups[0].members[1]: refers to unknown area "x"',
    'groups[0].leadArea: refers to unknown area "nowhere"',
    'comparisonTables[0].indicatorIds[0]: refers to unknown indicator "x-4"',
    'comparisonTables[0]: has no known indicators or areas left, so it is ignored',
  ]);
  expect(dataset).toMatchObject({
    indicators: [{ id: 'x-1', owners: [{ nodeId: 'communities' }] }],
    observations: [],
    commentary: [],
    notes: [{ indicatorIds: ['x-1'] }],
    groups: [{ members: ['northshire'] }],
    comparisonTables: [],
  });
  expect(dataset?.groups[0]).not.toHaveProperty('leadArea');
});

test('the same figure twice is fine when the values agree', () => {
  const figure = { indicatorId: 'x-1', area: 'testshire', period: '2010', measure: 'actual' };
  const { problems } = load({
    indicators: [indicator('x-1')],
    observations: [
      { ...figure, value: 5 },
      { ...figure, value: 5 },
      { ...figure, measure: 'target', value: 6 },
    ],
  });

  expect(problems).toEqual([]);
});

describe('an indicator declared in several files', () => {
  const twoFiles = (first: Record<string, unknown>, second: Record<string, unknown>) =>
    assembleDataset(manifestFile(['first.json', 'second.json']), [
      {
        name: 'first.json',
        content: {
          structures: [{ ...structure, nodes: structure.nodes.slice(0, 2) }],
          indicators: [first],
        },
      },
      { name: 'second.json', content: { indicators: [second] } },
    ]);
  const lead = { nodeId: 'communities', role: 'lead' };
  const support = { nodeId: 'testshire', role: 'support', structureId: 'tcc-2012' };
  const at = (line: number) => ({ document: 'paper.txt', line, row: `row ${line}` });

  test.each([
    {
      case: 'codes are unioned, without repeats, in file order',
      first: { codes: [{ framework: 'NI', code: '1' }] },
      second: {
        codes: [
          { framework: 'T2010', code: '9' },
          { framework: 'NI', code: '1' },
        ],
      },
      merged: {
        codes: [
          { framework: 'NI', code: '1' },
          { framework: 'T2010', code: '9' },
        ],
      },
    },
    {
      case: 'owners are unioned, without repeats',
      first: { owners: [lead] },
      second: { owners: [support, lead] },
      merged: { owners: [lead, support] },
    },
    {
      case: 'provenance is unioned, without repeats',
      first: { provenance: [at(1)] },
      second: { provenance: [at(1), at(2)] },
      merged: { provenance: [at(1), at(2)] },
    },
    {
      case: 'the first title and description win; wording differences are not conflicts',
      first: { title: 'Calls answered', description: 'First' },
      second: { title: 'Calls answered in 20 seconds', description: 'Second' },
      merged: { title: 'Calls answered', description: 'First' },
    },
    {
      case: 'a description only the later file gives is kept',
      first: {},
      second: { description: 'Second' },
      merged: { description: 'Second' },
    },
    {
      case: 'an unknown polarity gives way to a stated one, with its reason',
      first: { polarity: 'unknown', polarityReason: 'title only' },
      second: { polarity: 'lower-is-better', polarityReason: 'worded as reduce' },
      merged: { polarity: 'lower-is-better', polarityReason: 'worded as reduce' },
    },
    {
      case: 'a stated polarity is not overridden by a later unknown',
      first: { polarity: 'lower-is-better', polarityReason: 'worded as reduce' },
      second: { polarity: 'unknown', polarityReason: 'title only' },
      merged: { polarity: 'lower-is-better', polarityReason: 'worded as reduce' },
    },
  ])('$case', ({ first, second, merged }) => {
    const { dataset, problems } = twoFiles(
      { ...indicator('x-1'), ...first },
      { ...indicator('x-1'), ...second },
    );

    expect(problems).toEqual([]);
    expect(dataset?.indicators).toHaveLength(1);
    expect(dataset?.indicators[0]).toMatchObject(merged);
  });

  test.each([
    {
      field: 'polarity',
      second: { polarity: 'lower-is-better' },
      message: '"lower-is-better" here, "higher-is-better" there',
    },
    {
      field: 'unit',
      second: { unit: { type: 'rate', per: 1000 } },
      message: '{"per":1000,"type":"rate"} here, {"type":"percent"} there',
    },
    {
      field: 'kind',
      second: { kind: 'activity' },
      message: '"activity" here, "performance" there',
    },
    {
      field: 'frequency',
      second: { frequency: 'monthly' },
      message: '"monthly" here, "annual" there',
    },
    {
      field: 'rule',
      second: { rule: { type: 'milestone' } },
      message: '{"type":"milestone"} here, {"type":"target-floor"} there',
    },
  ])('a different $field is a warning naming both files, and the first wins', (row) => {
    const { dataset, problems } = twoFiles(indicator('x-1'), {
      ...indicator('x-1'),
      ...row.second,
    });

    expect(problems).toEqual([
      {
        file: 'second.json',
        path: `indicators[0].${row.field}`,
        message: `indicator "x-1" is also declared in first.json indicators[0] with a different ${row.field}: ${row.message}; the one in first.json is kept`,
        severity: 'warning',
      },
    ]);
    expect(dataset?.indicators).toEqual([expect.objectContaining(indicator('x-1'))]);
  });

  test('merging follows the manifest order, not the order the files arrive in', () => {
    const { dataset } = assembleDataset(manifestFile(['second.json', 'first.json']), [
      { name: 'first.json', content: { indicators: [{ ...indicator('x-1'), title: 'First' }] } },
      { name: 'second.json', content: { indicators: [{ ...indicator('x-1'), title: 'Second' }] } },
    ]);

    expect(dataset?.indicators.map((item) => item.title)).toEqual(['Second']);
  });

  test('a broken owner is reported in the file that declared it, and the rest merge', () => {
    const { dataset, problems } = twoFiles(
      indicator('x-1', [lead]),
      indicator('x-1', [{ nodeId: 'gone', role: 'support' }]),
    );

    expect(problems).toEqual([
      {
        file: 'second.json',
        path: 'indicators[0].owners[0].nodeId',
        message: 'refers to unknown organisation node "gone"',
        severity: 'error',
      },
    ]);
    expect(dataset?.indicators[0]?.owners).toEqual([lead]);
  });

  test('a third file with the same id still merges, and a repeat within one file is an error', () => {
    const { dataset, problems } = assembleDataset(manifestFile(['a.json', 'b.json', 'c.json']), [
      { name: 'a.json', content: { indicators: [indicator('x-1')] } },
      {
        name: 'b.json',
        content: {
          indicators: [
            { ...indicator('x-1'), codes: [{ framework: 'NI', code: '1' }] },
            { ...indicator('x-1'), codes: [{ framework: 'NI', code: '2' }] },
          ],
        },
      },
      {
        name: 'c.json',
        content: {
          indicators: [{ ...indicator('x-1'), codes: [{ framework: 'PAF', code: 'A1' }] }],
        },
      },
    ]);

    expect(problems).toEqual([
      {
        file: 'b.json',
        path: 'indicators[1].id',
        message:
          'duplicate indicator id "x-1" (first defined in b.json indicators[0]); this one is ignored',
        severity: 'error',
      },
    ]);
    expect(dataset?.indicators.map((item) => item.codes.map((c) => c.code))).toEqual([['1', 'A1']]);
  });

  test('observations in either file attach to the merged indicator', () => {
    const figure = { area: 'testshire', period: '2010', measure: 'actual', value: 1 };
    const { dataset, problems } = assembleDataset(manifestFile(['a.json', 'b.json']), [
      { name: 'a.json', content: { indicators: [indicator('x-1')] } },
      {
        name: 'b.json',
        content: {
          indicators: [indicator('x-1')],
          observations: [{ ...figure, indicatorId: 'x-1' }],
        },
      },
    ]);

    expect(problems).toEqual([]);
    expect(dataset?.observations).toHaveLength(1);
  });
});
