// @vitest-environment node
import { expect, test } from 'vitest';
import { assembleDataset, type RawFile } from './assemble-dataset';
import { periodIdSchema } from './dataset-schema';

const manifestContent = {
  authority: { id: 'testshire', name: 'Testshire County Council' },
  title: 'Testshire indicators',
  published: '2012-07-06',
  version: '1.0.0',
  files: ['a.json'],
};
const manifestFile = (content: Record<string, unknown> = manifestContent): RawFile => ({
  name: 'manifest.json',
  content,
});

const indicator = {
  id: 'ni-125',
  title: 'Achieving independence',
  codes: [],
  kind: 'performance',
  polarity: 'higher-is-better',
  unit: { type: 'percent' },
  frequency: 'annual',
  rule: { type: 'target-floor' },
};
const figure = (overrides: Record<string, unknown> = {}) => ({
  indicatorId: 'ni-125',
  area: 'testshire',
  period: '2007/08',
  basis: 'period',
  measure: 'actual',
  value: 71,
  ...overrides,
});

const load = (content: Record<string, unknown>) =>
  assembleDataset(manifestFile(), [{ name: 'a.json', content }]);

test('a misspelt section is an error naming it and the known section meant; the rest still loads', () => {
  const { dataset, problems } = load({ indicators: [indicator], figures: [figure()] });

  expect(problems).toEqual([
    {
      file: 'a.json',
      path: 'figures',
      message:
        'unknown section "figures" (did you mean "observations"?); its 1 record is not loaded',
      severity: 'error',
    },
  ]);
  expect(dataset?.indicators.map((i) => i.id)).toEqual(['ni-125']);
});

test('a section misspelt by a letter is matched to its nearest name', () => {
  const { problems } = load({ indicators: [indicator], observation: [figure()] });

  expect(problems[0]?.message).toMatch(
    /^unknown section "observation" \(did you mean "observations"\?\)/,
  );
});

test('an unknown key in a record is an error naming the key and the nearest known one', () => {
  const { dataset, problems } = load({
    indicators: [indicator],
    observations: [figure({ printd: '71%' }), figure({ period: '2008/09', value: 72 })],
  });

  expect(problems).toEqual([
    {
      file: 'a.json',
      path: 'observations[0].printd',
      message: 'unknown key "printd" (did you mean "printed"?)',
      severity: 'error',
    },
  ]);
  expect(dataset?.observations.map((o) => o.value)).toEqual([72]);
});

test('an unknown key in the manifest names the key and the one meant', () => {
  const { problems } = assembleDataset(manifestFile({ ...manifestContent, verison: '1' }), [
    { name: 'a.json', content: { indicators: [indicator] } },
  ]);

  expect(problems).toContainEqual({
    file: 'manifest.json',
    path: 'verison',
    message: 'unknown key "verison" (did you mean "version"?)',
    severity: 'error',
  });
});

test.each([
  ['AY 2011/13', /AY 2011\/12/],
  ['2012/99', /2012\/13/],
  ['1800', /1900 to 2199/],
  ['9999', /1900 to 2199/],
  ['2012/13 Q5', /period such as/],
  ['2012-13', /period such as/],
])('the impossible period %j is refused with a message', (period, message) => {
  const parsed = periodIdSchema.safeParse(period);
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]?.message).toMatch(message);
});

test('impossible periods are refused record by record, and their neighbours still load', () => {
  const { dataset, problems } = load({
    indicators: [indicator],
    observations: [
      figure({ period: 'AY 2011/13' }),
      figure({ period: '2012/99' }),
      figure({ period: '1800' }),
      figure({ period: '9999' }),
      figure({ period: '2011/12', value: 75 }),
    ],
  });

  expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual([
    'a.json: observations[0].period',
    'a.json: observations[1].period',
    'a.json: observations[2].period',
    'a.json: observations[3].period',
  ]);
  expect(dataset?.observations.map((o) => o.period)).toEqual(['2011/12']);
});
