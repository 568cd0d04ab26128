import { assembleDataset } from '../../../src/data/contract/assemble-dataset';
import { bundleSchema } from '../../../src/data/contract/dataset-schema';
import { kentManifest } from '../manifest';
import { hasSeeds, seedOpener, SEEDS_NOTE } from '@test/seeds';
import { businessPlans2008Source, organisation2008Source } from './business-plans-2008';
import { supportingIndependence2008 } from './supporting-independence-2008';

describe.skipIf(!hasSeeds)(`Supporting Independence Programme plan 2008/9${SEEDS_NOTE}`, () => {
  let bundle: ReturnType<typeof supportingIndependence2008.extract>;
  beforeAll(() => {
    bundle = supportingIndependence2008.extract(seedOpener());
  });
  const find = (id: string, measure: string, period: string) =>
    bundle.observations?.find(
      (o) => o.indicatorId === id && o.measure === measure && o.period === period,
    );

  it('validates and lists the programme targets', () => {
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
    expect(bundle.indicators?.map((i) => i.id)).toEqual([
      't2010-9',
      't2010-15',
      't2010-16',
      't2010-17',
      't2010-18',
      't2010-19',
      't2010-20',
      't2010-20-change',
      'sip2008-psa2-incapacity-benefit-claimants',
    ]);
  });

  it('files "10%increase" (line 112; 001, line 18549) as a change on the year before, not as 10 partnerships', () => {
    expect(find('t2010-20', 'actual', '2006/07')).toMatchObject({ value: 4425, printed: '4425' });
    expect(find('t2010-20', 'estimate', '2007/08')).toBeUndefined();
    expect(find('t2010-20-change', 'estimate', '2007/08')).toMatchObject({
      value: 10,
      printed: '10%increase',
      provenance: { line: 112 },
    });
    expect(find('t2010-20-change', 'target', '2008/09')?.value).toBe(15);
    const change = bundle.indicators?.find((i) => i.id === 't2010-20-change');
    expect(change?.unit).toEqual({ type: 'percent', label: 'increase on the year before' });
    const count = bundle.indicators?.find((i) => i.id === 't2010-20');
    expect(count?.unit).toEqual({ type: 'count', label: 'business–education partnerships' });
  });

  it('keeps one set of figures for the rows the Cabinet pack reprints, citing both printings (000, 110–113; 001, 18547–18550)', () => {
    const apprenticeships = bundle.indicators?.find((i) => i.id === 't2010-18');
    expect(apprenticeships?.provenance.map((p) => [p.document.slice(0, 3), p.line])).toEqual([
      ['000', 188],
      ['000', 110],
      ['001', 18547],
    ]);
    expect(find('t2010-18', 'estimate', '2007/08')?.provenance?.note).toContain('line 18547');
    const plans = businessPlans2008Source.extract(seedOpener());
    expect(
      plans.observations?.filter(
        (o) => (o.provenance?.line ?? 0) >= 18547 && (o.provenance?.line ?? 0) <= 18550,
      ),
    ).toEqual([]);
  });

  it('reads the Kent Apprenticeship Scheme figures as printed', () => {
    expect(find('t2010-18', 'actual', '2006/07')?.value).toBe(60);
    expect(find('t2010-18', 'estimate', '2007/08')?.value).toBe(126);
    expect(find('t2010-18', 'target', '2008/09')).toMatchObject({
      value: null,
      printed: '180 450',
    });
  });

  it('joins a title that wraps across two table rows', () => {
    expect(bundle.indicators?.find((i) => i.id === 't2010-16')?.title).toMatch(
      /more that 4,000 students, .* relevant to the real world\.$/,
    );
  });

  it('names the programme as lead or support, as its key-targets table says', () => {
    const owners = (id: string) => bundle.indicators?.find((i) => i.id === id)?.owners;
    const programme = { nodeId: 'supporting-independence-programme', structureId: 'kcc-2008' };
    expect(owners('t2010-9')).toEqual([{ ...programme, role: 'lead' }]);
    expect(owners('t2010-17')).toEqual([{ ...programme, role: 'support' }]);
    expect(owners('sip2008-psa2-incapacity-benefit-claimants')).toEqual([
      { ...programme, role: 'reports' },
    ]);
  });

  it('merges cleanly with the business plans, which declare targets 9, 16, 17 and 18 too', () => {
    const open = seedOpener();
    const sources = [businessPlans2008Source, organisation2008Source, supportingIndependence2008];
    const manifest = kentManifest(sources.map((source) => source.file));
    const { dataset, problems } = assembleDataset(
      { name: 'manifest.json', content: manifest },
      sources.map((source) => ({ name: source.file, content: source.extract(open) })),
    );

    expect(problems).toEqual([]);
    const target = (id: string) => dataset?.indicators.find((i) => i.id === id);
    // The owners both papers give are kept: the programme leads, KEY Training Services supports.
    expect(target('t2010-18')?.owners.map((o) => `${o.nodeId} ${o.role}`)).toEqual([
      'key-training-services support',
      'supporting-independence-programme lead',
    ]);
    // The plans give no direction for target 9; the programme's wording ('reducing') does.
    expect(target('t2010-9')).toMatchObject({ polarity: 'lower-is-better', kind: 'milestone' });
    expect(target('t2010-18')?.provenance.map((p) => p.document)).toEqual(
      expect.arrayContaining(['000_c658134f0934d186.txt', '001_23223e66fe6ffd0f.txt']),
    );
  });
});
