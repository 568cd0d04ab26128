import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bundleSchema, observationSchema } from './dataset-schema';
import { isCanonicalObservation, safeParseBundle } from './fast-observations';

const good = {
  indicatorId: 'ni-125',
  area: 'kent',
  period: '2012/13 Q1',
  basis: 'period',
  measure: 'actual',
  value: 71.5,
  printed: '71.5%',
  publishedRag: 'green',
  provenance: { document: 'dashboard-2012', line: 12, row: 'NI 125 71.5%' },
};

describe('isCanonicalObservation', () => {
  test.each([
    ['a canonical figure', good, true],
    [
      'no value with a reason',
      { ...good, value: null, missing: { reason: 'to-be-confirmed', text: 'TBC' } },
      true,
    ],
    ['a milestone in words', { ...good, value: null, text: 'on course' }, true],
    ['basis left to its default', { ...good, basis: undefined }, false],
    ['an unknown key zod would strip', { ...good, colour: 'red' }, false],
    ['a bad period', { ...good, period: '2012/2013' }, false],
    ['a period whose years do not follow on', { ...good, period: '2012/99' }, false],
    ['a year outside the years Ragstone reads', { ...good, period: '1800' }, false],
    ['an upper-case id', { ...good, area: 'Kent' }, false],
    ['a value as text', { ...good, value: '71.5' }, false],
    ['no value and no reason', { ...good, value: null }, false],
    [
      'an empty provenance row',
      { ...good, provenance: { document: 'd', line: 1, row: '' } },
      false,
    ],
    [
      'a missing reason outside the list',
      { ...good, value: null, missing: { reason: 'lost', text: '?' } },
      false,
    ],
  ])('%s', (_name, value, expected) => {
    const cleaned = JSON.parse(JSON.stringify(value)) as unknown;
    expect(isCanonicalObservation(cleaned)).toBe(expected);
  });

  test('whenever it accepts, zod accepts the same record and returns the same content', () => {
    const record = fc.record(
      {
        indicatorId: fc.constantFrom('ni-1', 'x', 'Bad id', ''),
        area: fc.constantFrom('kent', 'syn-001', 'KENT'),
        period: fc.constantFrom(
          '2007/08',
          '2012-05',
          '2012-13',
          'AY 2011/12',
          '2010',
          '2012/99',
          'AY 2011/13',
          '1800',
          '9999',
        ),
        basis: fc.constantFrom('period', 'ytd', 'weekly'),
        measure: fc.constantFrom('actual', 'target', 'guess'),
        value: fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constant(null),
          fc.constant('1'),
        ),
        printed: fc.string(),
        text: fc.constantFrom('on course', ''),
        missing: fc.constantFrom(
          { reason: 'not-available', text: 'N/A' },
          { reason: 'x', text: 'N/A' },
        ),
        publishedRag: fc.constantFrom('red', 'blue'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (generated) => {
        // Datasets arrive as JSON: plain objects, no -0, no undefined.
        const value: unknown = JSON.parse(JSON.stringify(generated));
        const zod = observationSchema.safeParse(value);
        if (isCanonicalObservation(value)) {
          expect(zod.success).toBe(true);
          expect(zod.data).toStrictEqual(value);
        }
      }),
    );
  });
});

describe('safeParseBundle', () => {
  test('keeps canonical observations as they are and parses the rest with zod', () => {
    const content = {
      description: 'x',
      observations: [good],
      areas: [{ id: 'kent', name: 'Kent', type: 'county' }],
    };
    const parsed = safeParseBundle(content);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toStrictEqual(bundleSchema.parse(content));
    expect(parsed.data.observations[0]).toBe(good);
  });

  test('falls back to zod when an observation is not canonical', () => {
    const content = { observations: [{ ...good, basis: undefined }] };
    const parsed = safeParseBundle(JSON.parse(JSON.stringify(content)));
    expect(parsed).toStrictEqual({
      success: true,
      data: bundleSchema.parse(JSON.parse(JSON.stringify(content))),
    });
    expect(safeParseBundle({ observations: [{ ...good, value: 'x' }] }).success).toBe(false);
  });
});
