import { bundleSchema, type Observation } from '../../../src/data/contract/dataset-schema';
import { assessIndicator } from '../../../src/domain/assess';
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

  const assess = (id: string) => {
    const indicator = bundle.indicators?.find((i) => i.id === id);
    if (!indicator) throw new Error(`no indicator ${id}`);
    return assessIndicator(
      indicator,
      (bundle.observations ?? []).filter((o) => o.indicatorId === id && o.area === 'kent'),
    );
  };

  it.each([
    // line 493: "Number of rogue traders disrupted … (cumulative)	3	GREEN	让	5	GREEN	30	20	25"
    [
      'cc2012-rogue-traders-disrupted',
      'flat',
      /^Green: 3 is above the 2\.5 assumed flat-profile target for May 2012 \(30 × 1\/12 = 2\.5\)$/,
    ],
    // line 494: "Vulnerable consumers supported … (cumulative)	26	GREEN	û	46	GREEN	250	180	184"
    [
      'cc2012-vulnerable-consumers-supported',
      'flat',
      /^Green: 26 is above the 20\.83 assumed flat-profile target for May 2012 \(250 × 1\/12 = 20\.83\)$/,
    ],
    // line 491: athletes "(cumulative last 4 years)	1,281	GREEN	⇔	1,281	GREEN	1,350	1,275	1,240"
    [
      'cc2012-athletes-supported-to-compete-nationally',
      'straight-line-from-last-year',
      /1,281 is above the 1,258\.33 assumed straight-line target for May 2012 \(1,240 last year \+ \(1,350 − 1,240\) × 2\/12 = 1,258\.33/,
    ],
  ])(
    '%s: an assumed %s profile reproduces the paper’s Green, shown as an assumption',
    (id, shape, reason) => {
      expect(bundle.indicators?.find((i) => i.id === id)?.profile).toMatchObject({
        shape,
        source: 'assumed',
      });
      const row = assess(id);
      expect(row.latestRating.status).toBe('green');
      expect(row.latestRating.reason).toMatch(reason);
      expect(row.latestRating.assumption).toMatch(/does not print the phasing \(line 465\)/);
      expect(row.latestRating.withoutAssumption?.status).toBe('not-rated');
      expect(row.ytdRating?.status).toBe('green');
    },
  );

  it('says no honest profile reproduces library visits and book issues (lines 483–484)', () => {
    for (const id of ['cc2012-library-visits', 'cc2012-library-book-issues']) {
      const row = assess(id);
      expect(row.latestRating.status).toBe('not-rated');
      expect(row.latestRating.reason).toMatch(/follow the seasons, and neither a flat profile/);
      expect(row.latestRating.assumption).toBeUndefined();
    }
  });

  it('files the website visits "year to date" (line 485) as the rolling 12-month figure it repeats', () => {
    const id = 'cc2012-libraries-and-archives-website-visits';
    expect(find(id, 'actual', '2012-05', 'ytd')).toBeUndefined();
    const rolling = bundle.observations?.filter(
      (o) => o.indicatorId === id && o.period === '2012-05' && o.basis === 'rolling-12',
    );
    expect(rolling?.map((o) => [o.value, o.publishedRag])).toEqual([
      [805000, 'amber'],
      [805000, 'amber'],
    ]);
    expect(assess(id).latestRating.status).toBe('amber');
  });
});
