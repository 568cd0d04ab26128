import { bundleSchema, type Observation } from '../../../src/data/contract/dataset-schema';
import { hasSeeds, seedOpener, SEEDS_NOTE } from '@test/seeds';
import type { BundleOutput } from '../lib/source';
import { areasSource } from './areas';
import { comparisons2008Source } from './comparisons-2008';
import { comparisons2012Source } from './comparisons-2012';
import { cpa2007Source } from './cpa-2007';

/** Kent KPIs the comparison tables point at; the business-plans bundle defines them. */
const kentKpis = [
  'paf-c28',
  'paf-c32',
  'bvpi-84',
  'bvpi-87',
  'bvpi-178',
  ...['a1', 'a2', 'a3', 'a4', 'b79', 'c81', 'c19', 'c20', 'c21', 'c23', 'c24', 'c63', 'c64'].map(
    (code) => `paf-${code}`,
  ),
  'paf-c68',
  'paf-c69',
  'paf-d78',
];

describe.skipIf(!hasSeeds)(`comparisons with other authorities${SEEDS_NOTE}`, () => {
  let areas: BundleOutput;
  let plans: BundleOutput;
  let youthJustice: BundleOutput;
  let cpa: BundleOutput;
  let bundles: BundleOutput[];
  let observations: Observation[];
  beforeAll(() => {
    const open = seedOpener();
    areas = areasSource.extract(open);
    plans = comparisons2008Source.extract(open);
    youthJustice = comparisons2012Source.extract(open);
    cpa = cpa2007Source.extract(open);
    bundles = [plans, youthJustice, cpa];
    observations = bundles.flatMap((bundle) => bundle.observations ?? []);
  });

  const figure = (
    indicatorId: string,
    area: string,
    period: string,
    measure: Observation['measure'] = 'actual',
  ) =>
    observations.find(
      (o) =>
        o.indicatorId === indicatorId &&
        o.area === area &&
        o.period === period &&
        o.measure === measure,
    );

  it('writes bundles the dataset contract accepts', () => {
    for (const bundle of [areas, ...bundles]) {
      expect(bundleSchema.safeParse(bundle).success).toBe(true);
    }
  });

  it('finds every comparison table in the papers', () => {
    expect(plans.comparisonTables).toHaveLength(40);
    expect(youthJustice.comparisonTables).toHaveLength(1);
    const ids = plans.comparisonTables?.map((table) => table.id) ?? [];
    expect(ids).toEqual(
      expect.arrayContaining([
        'cmp-asc-hq-comparators-2007',
        'cmp-yjb-performance-summary-2007',
        'cmp-youth-service-audit-2004-2006',
        'cmp-trading-standards-cost-per-head-2005-2007',
        'cmp-registration-surrey-hampshire-2006-07',
        'cmp-waste-and-rights-of-way-2006-07',
        'cmp-highways-bv215a-2005-2007',
        'cmp-highways-bv224b-2005-2007',
      ]),
    );
  });

  it('reads the adult social services comparators exactly as printed (line 686)', () => {
    const row = [
      ['kent', '11.0', 11],
      ['essex', '9.3', 9.3],
      ['gloucestershire', '8.0', 8],
      ['lancashire', '19.1', 19.1],
      ['hampshire', '9.5', 9.5],
      ['suffolk', '9.7', 9.7],
      ['west-sussex', '10.0', 10],
    ] as const;
    for (const [area, printed, value] of row) {
      const observation = figure('paf-c28', area, '2006/07');
      expect(observation).toMatchObject({ printed, value });
      expect(observation?.provenance).toMatchObject({
        document: '001_23223e66fe6ffd0f.txt',
        line: 686,
      });
    }
    expect(figure('paf-c28', 'gloucestershire', '2006/07')?.provenance?.note).toMatch(/Gloucs/);
    expect(figure('cmp-asc-mental-health-supported-at-home', 'hampshire', '2006/07')?.value).toBe(
      12.1,
    );
  });

  it('names the Youth Justice Board family group as printed', () => {
    const group = plans.groups?.find((g) => g.id === 'yjb-family-group-2007');
    const standing = areas.groups?.find((g) => g.id === 'yjb-family-group-2007');
    expect(group).toBeUndefined();
    expect(standing).toMatchObject({ kind: 'family-group', leadArea: 'kent' });
    expect(standing?.members).toEqual([
      'essex',
      'wessex-yot',
      'hertfordshire',
      'lancashire',
      'northamptonshire',
      'cheshire',
      'west-sussex',
      'warwickshire',
      'gloucestershire',
    ]);
    const table = plans.comparisonTables?.find((t) => t.id === 'cmp-yjb-performance-summary-2007');
    expect(table?.indicatorIds).toHaveLength(6);
    expect(table?.areaIds).toEqual([
      'kent',
      ...(standing?.members ?? []),
      'south-east',
      'national',
    ]);
  });

  it('reads the YJB summary as April–December 2007, cumulative', () => {
    const overall = figure('cmp-yjb-overall-performance', 'kent', '2007/08 Q3');
    expect(overall).toMatchObject({ value: 69.4, printed: '69.4%', basis: 'ytd' });
    expect(figure('cmp-yjb-performance-level', 'hertfordshire', '2007/08 Q3')).toMatchObject({
      value: 4,
      printed: 'Level 4',
    });
  });

  it("lists Kent's statistical neighbours from the Children's Services paper", () => {
    const group = areas.groups?.find((g) => g.id === 'kent-statistical-neighbours');
    expect(group?.members).toEqual([
      'essex',
      'swindon',
      'east-sussex',
      'northamptonshire',
      'worcestershire',
      'warwickshire',
      'west-sussex',
      'staffordshire',
      'lancashire',
      'bedfordshire',
    ]);
    expect(group?.provenance[0]?.line).toBe(9004);
  });

  it('reads the Youth Justice Plan 2012/13 framework with its comparators, target and floor', () => {
    const id = 'cmp-yj-2012-re-offending-number-of-offences-per-person-included-in-the-cohort';
    expect(figure(id, 'kent', '2010/11')?.value).toBe(0.87);
    expect(figure(id, 'yjb-family', '2010/11')?.value).toBe(0.89);
    expect(figure(id, 'south-east', '2010/11')?.value).toBe(1.13);
    expect(figure(id, 'national', '2010/11')?.value).toBe(0.88);
    expect(figure(id, 'kent', '2012/13', 'target')?.value).toBe(0.85);
    expect(figure(id, 'kent', '2012/13', 'floor')?.value).toBe(0.95);
    const number = 'cmp-yj-2012-first-time-entrants-number';
    expect(figure(number, 'national', '2010/11')).toMatchObject({
      value: 42732,
      printed: '42,732',
    });
    expect(figure(number, 'kent', '2011/12')?.value).toBe(1088);
  });

  it('keeps cells it cannot read as no value, with the reason', () => {
    const surrey = figure('cmp-highways-bv215a', 'surrey', '2006/07');
    expect(surrey).toMatchObject({ value: null, printed: '#' });
    expect(figure('cmp-highways-bv215a', 'surrey', '2005/06')?.value).toBe(2.84);
    expect(figure('cmp-hr-benchmark-training-delivery-cost', 'leeds', '2006/07')).toMatchObject({
      value: null,
      missing: { reason: 'not-applicable' },
    });
    const kinds = (plans.notes ?? []).map((note) => note.kind);
    expect(kinds).toEqual(expect.arrayContaining(['garbled', 'contradiction', 'ambiguous']));
  });

  it('quotes the row each figure was printed on', () => {
    for (const observation of observations) {
      expect(observation.provenance).toBeDefined();
      if (observation.printed) expect(observation.provenance?.row).toContain(observation.printed);
    }
  });

  it('refers only to areas the areas bundle defines, never defining Kent', () => {
    const defined = new Set((areas.areas ?? []).map((area) => area.id));
    expect(defined.has('kent')).toBe(false);
    defined.add('kent');
    const used = [
      ...observations.map((o) => o.area),
      ...bundles.flatMap((bundle) => (bundle.comparisonTables ?? []).flatMap((t) => t.areaIds)),
      ...[areas, ...bundles].flatMap((bundle) => (bundle.groups ?? []).flatMap((g) => g.members)),
    ];
    expect(used.filter((area) => !defined.has(area))).toEqual([]);
  });

  it('defines every indicator it uses, apart from the listed Kent KPIs', () => {
    const defined = new Set(
      bundles.flatMap((bundle) => (bundle.indicators ?? []).map((i) => i.id)),
    );
    const used = new Set([
      ...observations.map((o) => o.indicatorId),
      ...bundles.flatMap((bundle) =>
        (bundle.comparisonTables ?? []).flatMap((t) => t.indicatorIds),
      ),
    ]);
    const external = [...used].filter((id) => !defined.has(id)).sort();
    expect(external).toEqual([...kentKpis].sort());
  });

  it('states comparative facts from the CPA self-assessment with their year', () => {
    expect(figure('cpa-population-growth-1994-2006', 'south-east', '2006')?.value).toBe(5.6);
    expect(figure('cpa-population-growth-1994-2006', 'england', '2006')?.value).toBe(4.6);
    expect(
      figure('cpa-band-d-council-tax-rank-among-county-councils', 'kent', '2007/08')?.value,
    ).toBe(7);
  });
});
