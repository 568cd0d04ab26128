import { bundleSchema, type Observation } from '../../../src/data/contract/dataset-schema';
import { hasSeeds, seedOpener, SEEDS_NOTE } from '@test/seeds';
import { kentAgreement2007, periodFromText } from './kent-agreement-2007';

describe('periodFromText', () => {
  it.each([
    ['Aug 04', '2004-08'],
    ['Mar 07', '2007-03'],
    ['Sept 06', '2006-09'],
    ['2003/04', '2003/04'],
    ['07/08', '2007/08'],
    ['2004', '2004'],
    ['1070', null],
    ['Autumn Term', null],
  ])('reads %s as %s', (text, period) => {
    expect(periodFromText(text)).toBe(period);
  });
});

describe.skipIf(!hasSeeds)(`Kent Agreement progress report, March 2007${SEEDS_NOTE}`, () => {
  let bundle: ReturnType<typeof kentAgreement2007.extract>;
  beforeAll(() => {
    bundle = kentAgreement2007.extract(seedOpener());
  });
  const series = (id: string) =>
    (bundle.observations ?? [])
      .filter((o: Observation) => o.indicatorId === id)
      .map((o) => [o.measure, o.period, o.value]);
  const indicator = (id: string) => bundle.indicators?.find((i) => i.id === id);

  it('validates against the dataset contract with unique ids', () => {
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
    const ids = bundle.indicators?.map((i) => i.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(86);
  });

  it('reads LPSA 1.1 with its snapshot years and codes', () => {
    expect(indicator('lpsa-1-1')?.codes).toEqual([
      { framework: 'LPSA', code: '1.1' },
      { framework: 'LAA', code: 'Outcome 1' },
    ]);
    expect(series('lpsa-1-1')).toEqual([
      ['baseline', '2004', 75],
      ['actual', '2005', 86],
      ['actual', '2006', 88],
      ['target', '2008', 88],
    ]);
  });

  it('files rows titled cumulative as running totals in every column', () => {
    const bases = (id: string) =>
      (bundle.observations ?? [])
        .filter((o: Observation) => o.indicatorId === id)
        .map((o) => [o.measure, o.period, o.value, o.basis]);
    expect(bases('lpsa-7-1')).toEqual([
      ['baseline', '2004/05', 62, 'cumulative'],
      ['actual', '2005/06', 149, 'cumulative'],
      ['actual', '2006/07', 321, 'cumulative'],
      ['target', '2007/08', 372, 'cumulative'],
    ]);
    expect(bases('ka2007-affordable-housing-delivered-cumulative')).toEqual([
      ['baseline', '2004/05', 844, 'cumulative'],
      ['actual', '2005/06', 1118, 'cumulative'],
      ['actual', '2006/07', 2115, 'cumulative'],
      ['target', '2006/07', 4517, 'cumulative'],
    ]);
  });

  it('turns Aug 04 style headings into months and keeps N/A as no value', () => {
    expect(series('lpsa-1-2')).toEqual([
      ['baseline', '2004-08', 15805],
      ['actual', '2005-08', null],
      ['actual', '2006-09', 14875],
      ['target', '2008-08', 14043],
    ]);
  });

  it('keeps the one published status and the periods printed inside cells', () => {
    const red = bundle.observations?.filter((o) => o.publishedRag);
    expect(red).toHaveLength(1);
    expect(red?.[0]).toMatchObject({ value: 38.5, period: '2006-09', publishedRag: 'red' });
    expect(series('lpsa-11')).toContainEqual(['baseline', '2003/04', 465677]);
    expect(series('lpsa-9-1')).toContainEqual(['baseline', '2005-01', 1920]);
  });

  it('flags the typo rather than fixing it', () => {
    expect(series('lpsa-6-2')).toContainEqual(['actual', '2006', null]);
    expect(bundle.notes?.map((n) => n.kind)).toContain('typo');
  });

  it('sets polarity from target against baseline', () => {
    expect(indicator('lpsa-12')?.polarity).toBe('lower-is-better');
    expect(indicator('lpsa-10-1')?.polarity).toBe('higher-is-better');
    expect(indicator('lpsa-13-2')?.polarity).toBe('lower-is-better');
  });
  it('files the LPSA 4 month ranges under their last month, cumulative, quoting the range', () => {
    const lpsa4 = (bundle.observations ?? []).filter((o) => o.indicatorId === 'lpsa-4');
    expect(lpsa4.map((o) => [o.measure, o.period, o.basis])).toEqual([
      ['baseline', '2005-10', 'cumulative'],
      ['actual', '2007-08', 'cumulative'],
      ['target', '2008-02', 'cumulative'],
    ]);
    expect(lpsa4[0]?.provenance?.note).toContain('May-Oct 05');
    expect(lpsa4[2]?.provenance?.note).toContain('Sept 07 - Feb 08');
  });

  it('reads 2002/03 on line 1169 as the baseline it stands in place of', () => {
    const confidence = (bundle.observations ?? []).filter((o) => o.provenance?.line === 1169);
    expect(confidence.find((o) => o.period === '2002/03')).toMatchObject({
      measure: 'baseline',
      value: 39.1,
    });
  });

  it("keeps the LPSA 11 milestone's text as printed, with its line in the provenance only", () => {
    const milestone = (bundle.observations ?? []).find(
      (o) => o.indicatorId === 'lpsa-11' && o.measure === 'milestone',
    );
    expect(milestone).toMatchObject({
      printed: 'Un-validated data for 2005/06 shows this target is on track.',
      provenance: { line: 1628 },
    });
    expect(milestone?.printed).not.toContain('line');
  });
});
