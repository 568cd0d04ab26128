import type { SeedDocument } from '../lib/seed';
import { bundleSchema } from '../../../src/data/contract/dataset-schema';
import { hasSeeds, seedOpener, SEEDS_NOTE } from '@test/seeds';
import { readGrid, type GridLayout } from './reviewed-tables/grid';
import { reviewedTablesSource } from './reviewed-tables';

const PLANS = '001_23223e66fe6ffd0f.txt';
const CABINET_2012 = '004_02ef8f1cbe0338b4.txt';

describe.skipIf(!hasSeeds)(
  `whole tables read from reviewed layouts (issue 12)${SEEDS_NOTE}`,
  () => {
    let bundle: ReturnType<typeof reviewedTablesSource.extract>;
    beforeAll(() => {
      bundle = reviewedTablesSource.extract(seedOpener());
    });
    const figure = (id: string, area: string, period: string, measure = 'actual') =>
      bundle.observations?.find(
        (o) =>
          o.indicatorId === id && o.area === area && o.period === period && o.measure === measure,
      );

    it('validates as a bundle', () => {
      const result = bundleSchema.safeParse({ $schema: 'x', ...bundle });
      expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
    });

    it('reads child protection by district (001, lines 7449–7466)', () => {
      expect(figure('bp2008-child-protection-snapshot', 'kent', '2007-12')).toMatchObject({
        value: 903,
        provenance: { document: PLANS, line: 7449 },
      });
      expect(
        figure('bp2008-child-protection-snapshot', 'canterbury', '2009-03', 'forecast'),
      ).toMatchObject({
        value: 99,
        provenance: { line: 7452 },
      });
      expect(
        figure('bp2008-child-protection-snapshot', 'kcc-asylum-team', '2007-12')?.provenance?.line,
      ).toBe(7466);
    });

    it('reads looked-after children and adoptions by district, the district rows included (001, 7480–7490)', () => {
      expect(
        figure('bp2008-looked-after-children-snapshot', 'dover', '2009-03', 'target'),
      ).toMatchObject({
        value: 68,
        provenance: { line: 7480 },
      });
      expect(figure('bp2008-adoptions-and-sgos-ytd', 'thanet', '2007-12')).toMatchObject({
        value: 21,
        basis: 'ytd',
        provenance: { line: 7486 },
      });
      expect(
        figure('bp2008-looked-after-children-snapshot', 'kent-excluding-asylum', '2007-12')?.value,
      ).toBe(1187);
    });

    it('reads LAC placement activity, "to be set" kept as a gap (001, lines 7502–7519)', () => {
      expect(
        figure(
          'bp2008-lac-placements-kcc-foster-care-volume-weeks',
          'thanet',
          '2008-03',
          'forecast',
        ),
      ).toMatchObject({
        value: 7342.3,
        provenance: { line: 7513 },
      });
      expect(
        figure(
          'bp2008-lac-placements-independent-residential-volume-weeks',
          'ashford',
          '2009-03',
          'expected',
        ),
      ).toMatchObject({
        value: null,
        missing: { reason: 'to-be-confirmed', text: 'to be set' },
        provenance: { line: 7504 },
      });
    });

    it('files the PAF band summary once, citing its three reprints (001, 644–650; 1623, 2566, 3313)', () => {
      expect(figure('kass2008-paf-indicators-band-5', 'kent', '2006/07')).toMatchObject({
        value: 8,
        provenance: { line: 648 },
      });
      const band5 = bundle.indicators?.find((i) => i.id === 'kass2008-paf-indicators-band-5');
      expect(band5?.provenance.map((p) => p.line)).toEqual([643, 1627, 2570, 3317]);
      expect(
        bundle.observations?.filter((o) => o.indicatorId === 'kass2008-paf-indicators-total'),
      ).toHaveLength(2);
    });

    it('splits the FOI cells that print this year and last year into two figures with one provenance (001, 16843)', () => {
      const within = 'foi2007-handled-within-the-statutory-timescale-percent';
      expect(figure(within, 'kent', '2007')).toMatchObject({
        value: 73,
        provenance: { line: 16843 },
      });
      expect(figure(within, 'kent', '2006')).toMatchObject({
        value: 80,
        provenance: { line: 16843 },
      });
      expect(figure('foi2007-handled-within-the-statutory-timescale', 'kent', '2007')?.value).toBe(
        511,
      );
      expect(figure('foi2007-received', 'kent', '2006')).toMatchObject({
        value: 576,
        provenance: { line: 16838 },
      });
      expect(figure('foi2007-fees-received', 'kent', '2007')?.value).toBe(4318.83);
      expect(figure('foi2007-from-commercial-companies', 'kent', '2007')).toMatchObject({
        value: null,
        missing: { reason: 'garbled' },
        provenance: { line: 16866 },
      });
      expect(
        figure('foi2007-dpa-enquiries-about-personal-information', 'kent', '2007'),
      ).toMatchObject({
        value: 139,
        provenance: { line: 16874 },
      });
    });

    it('reads the one figure in the Finance division’s 2007-08 review of performance (001, line 11014)', () => {
      expect(
        figure('cfe-finance2008-teachers-pensions-annual-return', 'kent', '2007/08'),
      ).toMatchObject({
        value: 100,
        printed: '100%',
        provenance: { document: PLANS, line: 11014 },
      });
      expect(
        bundle.indicators?.find((i) => i.id === 'cfe-finance2008-teachers-pensions-annual-return'),
      ).toMatchObject({
        unit: { type: 'percent' },
        rule: { type: 'not-rated', reason: 'no-target' },
      });
    });

    it('reads the inspection grades, the first printed on a line of its own (001, 20532–20547)', () => {
      expect(
        figure('key2005-ali-grade-leadership-and-management', 'kent', '2005-09'),
      ).toMatchObject({
        value: 3,
        provenance: { line: 20532 },
      });
      expect(figure('key2005-ali-grade-customer-service', 'kent', '2005-09')).toMatchObject({
        value: 3,
        provenance: { line: 20547 },
      });
      expect(bundle.indicators?.filter((i) => i.id.startsWith('key2005-ali-grade-'))).toHaveLength(
        15,
      );
    });

    it('reads the Youth Justice key activity data over its three pages (004, lines 1335–1372)', () => {
      expect(figure('yj2012-assessments', 'kent', '2011/12')).toMatchObject({
        value: 5172,
        provenance: { document: CABINET_2012, line: 1339 },
      });
      expect(figure('yj2012-court-sessions', 'kent', '2012/13', 'forecast')?.value).toBe(780);
      expect(figure('yj2012-community-supervision', 'kent', '2010/11')).toMatchObject({
        value: 1023,
        provenance: { line: 1368 },
      });
      expect(figure('yj2012-appropriate-adult', 'kent', '2010/11')?.missing?.reason).toBe(
        'garbled',
      );
      expect(figure('yj2012-reports', 'kent', '2010/11')).toBeUndefined();
    });

    it('fails loudly when a row is not where the layout says', () => {
      const open = seedOpener();
      const shifted: GridLayout = {
        document: PLANS,
        headerLine: 7448,
        header: '31/12/2007',
        owner: { nodeId: 'x', role: 'lead' },
        rows: [{ line: 7450, label: 'Ashford', area: 'ashford' }],
        indicators: [],
        reading: 'test',
      };
      const document: SeedDocument = open(PLANS);
      expect(() => readGrid(document, shifted)).toThrow(/7450: expected a row starting "Ashford"/);
    });
  },
);
