import { bundleSchema, type Observation } from '../../../src/data/contract/dataset-schema';
import { hasSeeds, seedOpener, SEEDS_NOTE } from '@test/seeds';
import { dashboard2012 } from './dashboard-2012';

describe.skipIf(!hasSeeds)(`Customer & Communities dashboard, June 2012${SEEDS_NOTE}`, () => {
  let bundle: ReturnType<typeof dashboard2012.extract>;
  beforeAll(() => {
    bundle = dashboard2012.extract(seedOpener());
  });
  const find = (id: string, measure: string, period: string, basis = 'period') =>
    bundle.observations?.find(
      (o: Observation) =>
        o.indicatorId === id && o.measure === measure && o.period === period && o.basis === basis,
    );

  it('validates against the dataset contract', () => {
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
  });

  it('has every row of the three tables and the directorate structure', () => {
    expect(bundle.indicators).toHaveLength(57);
    expect(bundle.indicators?.filter((i) => i.kind === 'activity')).toHaveLength(20);
    const nodes = bundle.structures?.[0]?.nodes.map((n) => n.id);
    expect(nodes).toEqual(
      expect.arrayContaining([
        'customer-and-communities',
        'customer-services',
        'service-improvement',
        'communications-and-engagement',
        'libraries-archives-and-registration-services',
        'integrated-youth-services',
      ]),
    );
  });

  it('reads Grade 1 calls as printed: 67% RED, YTD 72% RED, target 80%, floor 75%, previous 85%', () => {
    const id = 'cc2012-grade-1-calls-answered-in-20-seconds';
    expect(find(id, 'actual', '2012-05')).toMatchObject({ value: 67, publishedRag: 'red' });
    expect(find(id, 'actual', '2012-05', 'ytd')).toMatchObject({ value: 72, publishedRag: 'red' });
    expect(find(id, 'target', '2012/13')?.value).toBe(80);
    expect(find(id, 'floor', '2012/13')?.value).toBe(75);
    expect(find(id, 'actual', '2011/12')?.value).toBe(85);
    expect(find(id, 'actual', '2012-05')?.provenance).toMatchObject({
      document: '004_02ef8f1cbe0338b4.txt',
      line: 476,
    });
  });

  it('expands scales and keeps printed qualifiers', () => {
    expect(find('cc2012-registration-income', 'forecast', '2012/13')).toMatchObject({
      value: 3140000,
      printed: '£3.14m',
      publishedRag: 'amber',
    });
    expect(find('cc2012-library-visits', 'actual', '2012-05')?.value).toBe(523000);
    expect(find('cc2012-recorded-crime-per-1000', 'target', '2012/13')).toMatchObject({
      value: 59.5,
      printed: '≤59.5',
    });
    expect(find('cc2012-recorded-crime-per-1000', 'actual', '2012-04', 'rolling-12')?.value).toBe(
      58.5,
    );
  });

  it('keeps a running total cumulative in the previous-year column too', () => {
    const id = 'cc2012-athletes-supported-to-compete-nationally';
    expect(find(id, 'actual', '2012-05', 'cumulative')?.value).toBe(1281);
    expect(find(id, 'actual', '2011/12', 'cumulative')?.value).toBe(1240);
    expect(find(id, 'actual', '2011/12')).toBeUndefined();
  });

  it('keeps unreadable and missing cells as no value with the reason', () => {
    expect(find('cc2012-library-visits', 'actual', '2012-05', 'ytd')).toMatchObject({
      value: null,
      missing: { reason: 'garbled' },
      publishedRag: 'amber',
    });
    expect(find('cc2012-kcc-website-satisfaction', 'target', '2012/13')?.missing?.reason).toBe(
      'to-be-confirmed',
    );
    expect(find('cc2012-schools-in-kent-school-games', 'actual', '2010')?.value).toBe(552);
    expect(bundle.notes?.filter((n) => n.kind === 'direction-lost')).toHaveLength(1);
  });

  it('sets polarity from target and floor', () => {
    const polarity = (id: string) => bundle.indicators?.find((i) => i.id === id)?.polarity;
    expect(polarity('cc2012-days-to-resolve-prow-faults')).toBe('lower-is-better');
    expect(polarity('cc2012-first-time-entrants-per-100000')).toBe('lower-is-better');
    expect(polarity('cc2012-deaths-registered-within-5-days')).toBe('higher-is-better');
  });

  it('explains every published RAG it cannot reproduce', () => {
    const published = bundle.observations?.filter((o) => o.publishedRag) ?? [];
    expect(published).toHaveLength(36);
    expect(bundle.notes?.filter((n) => n.kind === 'rating-mismatch')).toHaveLength(10);
    expect(bundle.commentary).toHaveLength(3);
  });
});
