// @vitest-environment node
import { bundleSchema } from '../../../src/data/contract/dataset-schema';
import { hasSeeds, seedOpener, SEEDS_NOTE } from '@test/seeds';
import type { SeedDocument } from '../lib/seed';
import {
  businessPlans2008,
  businessPlans2008Source,
  organisation2008Source,
} from './business-plans-2008';
import { PLANS_DOCUMENT } from './business-plans-2008/units';

describe.skipIf(!hasSeeds)(
  `Annual Unit Business Plans 2008/09 (Cabinet, 14 April 2008)${SEEDS_NOTE}`,
  () => {
    let document: SeedDocument;
    let built: ReturnType<typeof businessPlans2008>;
    let bundle: ReturnType<typeof businessPlans2008Source.extract>;
    let organisation: ReturnType<typeof organisation2008Source.extract>;
    beforeAll(() => {
      const open = seedOpener();
      document = open(PLANS_DOCUMENT);
      built = businessPlans2008(document);
      bundle = businessPlans2008Source.extract(open);
      organisation = organisation2008Source.extract(open);
    });
    const figure = (id: string, measure: string, period: string) =>
      built.observations.filter(
        (o) => o.indicatorId === id && o.measure === measure && o.period === period,
      );
    const indicator = (id: string) => built.indicators.find((i) => i.id === id);

    it('writes bundles the data contract accepts', () => {
      expect(bundleSchema.safeParse(bundle).success).toBe(true);
      expect(bundleSchema.safeParse(organisation).success).toBe(true);
    });

    it('lays out five directorates and every unit plan, each citing its title line', () => {
      const nodes = organisation.structures?.[0]?.nodes ?? [];
      expect(nodes.filter((n) => n.kind === 'directorate').map((n) => n.id)).toEqual([
        'kass',
        'cfe',
        'communities',
        'e-and-r',
        'ceo',
      ]);
      // Appendix One also lists a Communities 'Policy & Resources Division' whose plan is not in the pack.
      expect(nodes.filter((n) => n.kind === 'unit')).toHaveLength(50);
      expect(nodes.filter((n) => n.kind === 'division').map((n) => n.id)).toEqual([
        'business-solutions-and-policy',
      ]);
      expect(nodes.filter((n) => n.parentId === 'business-solutions-and-policy')).toHaveLength(6);
      expect(nodes.find((n) => n.id === 'kass-headquarters')?.provenance).toMatchObject({
        line: 471,
        row: '**Headquarters',
      });
      expect(nodes.find((n) => n.id === 'turner-contemporary')?.provenance?.line).toBe(24651);
    });

    it('reads PAF C72 on line 633 exactly as printed', () => {
      expect(figure('paf-c72', 'actual', '2005/06')[0]).toMatchObject({
        value: 73,
        provenance: { line: 633 },
      });
      expect(figure('paf-c72', 'actual', '2006/07')[0]?.value).toBe(72);
      expect(figure('paf-c72', 'target', '2007/08')[0]?.value).toBe(71);
      expect(figure('paf-c72', 'target', '2009/10')[0]).toMatchObject({
        value: null,
        printed: 'N/A',
        missing: { reason: 'not-applicable' },
      });
      expect(indicator('paf-c72')).toMatchObject({
        polarity: 'lower-is-better',
        unit: { type: 'rate', per: 10000 },
      });
    });

    it('keeps a row with several codes as one indicator owned by every plan that prints it', () => {
      const homeCare = indicator('paf-c28');
      expect(homeCare?.codes).toEqual([
        { framework: 'PAF', code: 'C28' },
        { framework: 'BVPI', code: '53' },
      ]);
      expect(homeCare?.owners.map((o) => o.nodeId)).toEqual(
        expect.arrayContaining([
          'kass-headquarters',
          'east-kent-adult-social-services',
          'west-kent-adult-social-services',
        ]),
      );
      expect(homeCare?.provenance.map((p) => p.line)).toEqual(
        expect.arrayContaining([634, 1613, 2554, 3303]),
      );
      expect(indicator('bvpi-53')).toBeUndefined();
    });

    it('reads other layouts from their own headers', () => {
      // Supporting People: Actual 2006/07 | Estimated 2007/08 | Target 2008/09
      expect(figure('ni-141', 'actual', '2006/07')[0]).toMatchObject({
        value: 65.7,
        printed: '65.7%',
      });
      expect(figure('ni-141', 'estimate', '2007/08')[0]?.value).toBe(62.2);
      expect(figure('ni-141', 'target', '2008/09')[0]?.value).toBe(71);
      // Kent Scientific Services: bare years before 'Estimate' and 'Forecast' columns
      const food = built.observations.filter((o) => o.provenance?.line === 24121);
      expect(food.map((o) => [o.measure, o.period, o.value])).toEqual([
        ['actual', '2004/05', 3884],
        ['actual', '2005/06', 4459],
        ['actual', '2006/07', 4500],
        ['estimate', '2007/08', 5800],
        ['forecast', '2008/09', 5000],
      ]);
      // Children's Social Services: a PAF figure with its band in blobs
      expect(figure('paf-a1', 'actual', '2006/07')[0]?.value).toBe(10.6);
      expect(figure('paf-a1', 'band', '2006/07')[0]).toMatchObject({
        value: 5,
        text: '●●●●● V Good',
      });
      // A target cell naming its own years
      const youthTheatre = built.observations.filter(
        (o) => o.provenance?.line === 20789 && o.measure === 'target',
      );
      expect(youthTheatre.map((o) => [o.period, o.value])).toEqual([
        ['2008/09', 1600],
        ['2009/10', 2000],
      ]);
    });

    it('files activity tables as activity indicators with no rating', () => {
      const care = built.observations.filter((o) => o.provenance?.line === 1756);
      expect(care.map((o) => [o.measure, o.period, o.value])).toEqual([
        ['estimate', '2007/08', 3083],
        ['forecast', '2007/08', 2933],
        ['estimate', '2008/09', 2928],
      ]);
      const activity = indicator(care[0]?.indicatorId ?? '');
      expect(activity).toMatchObject({
        kind: 'activity',
        rule: { type: 'not-rated', reason: 'activity' },
        polarity: 'no-judgement',
      });
    });

    it('keeps words as no value with the reason, and flags what it cannot read', () => {
      expect(figure('ni-103a', 'target', '2008/09')[0]).toMatchObject({
        value: null,
        missing: { reason: 'other' },
      });
      const doubledComma = built.notes.find((n) => n.id === 'bp2008-correction-3746');
      expect(doubledComma).toMatchObject({ kind: 'typo', provenance: [{ line: 3746 }] });
      const invoices = built.notes.filter(
        (n) => n.kind === 'contradiction' && n.indicatorIds.includes('bvpi-8'),
      );
      expect(invoices.length).toBeGreaterThan(0);
      expect(invoices[0]?.provenance.length).toBeGreaterThan(1);
    });

    it('catalogues every National Indicator the plans mention, with the roles they state', () => {
      const mentioned = new Set<string>();
      document.lines.forEach((text, index) => {
        if (index + 1 < 471) return;
        for (const match of text.matchAll(/\bNI\s?(\d{1,3})(?!\d)/g))
          mentioned.add(`ni-${match[1]}`);
      });
      const catalogued = built.indicators.filter((i) => /^ni-\d+$/.test(i.id)).map((i) => i.id);
      expect(mentioned.size).toBe(134);
      expect(new Set(catalogued)).toEqual(mentioned);
      expect(indicator('ni-149')?.owners).toContainEqual({
        nodeId: 'adult-mental-health-services',
        role: 'lead',
        structureId: 'kcc-2008',
      });
      expect(indicator('ni-145')?.owners).toContainEqual({
        nodeId: 'kass-headquarters',
        role: 'support',
        structureId: 'kcc-2008',
      });
      // The code is in `codes` and the printed row in provenance; the title is the words alone.
      expect(indicator('ni-145')?.title).toBe(
        'Adults with learning disabilities in settled accommodation',
      );
      expect(indicator('ni-145')?.provenance[0]?.row).toContain('NI 145 – Adults');
      expect(indicator('paf-c28')?.title).toBe(
        'Intensive Home Care per 1000 population aged 65 and over',
      );
      expect(indicator('paf-a1')?.title).toBe(
        'Percentage of children looked after with 3 or more placements',
      );
      expect(indicator('t2010-52')).toMatchObject({
        kind: 'milestone',
        rule: { type: 'milestone' },
        codes: [{ framework: 'T2010', code: '52' }],
      });
      expect(indicator('t2010-52')?.description).toContain('Anne Tidmarsh');
    });

    it('accounts for every table row that carries a number', () => {
      const numericRows = built.tables.flatMap((table) =>
        table.rows.filter((row) => row.hasNumber).map((row) => row.line),
      );
      const accounted = built.rows.map((row) => row.line);
      expect(accounted).toEqual(numericRows);
      const emitted = built.rows.filter((row) => row.outcome === 'emitted');
      expect(emitted.length).toBeGreaterThan(750);
      expect(emitted.every((row) => row.observations > 0)).toBe(true);
      const observed = new Set(built.observations.map((o) => o.provenance?.line));
      // A printing left out of a series because another plan printed a different figure is quoted in a note.
      const cited = new Set(
        built.notes
          .filter((n) => n.kind === 'contradiction')
          .flatMap((n) => n.provenance.map((p) => p.line)),
      );
      const lost = emitted
        .filter((row) => !observed.has(row.line) && !cited.has(row.line))
        .map((row) => row.line);
      expect(lost).toEqual([]);
      expect(built.rows.filter((row) => row.outcome === 'comparison-table').length).toBeGreaterThan(
        0,
      );
    });

    it('gives every indicator and figure its provenance', () => {
      expect(built.indicators.every((i) => i.provenance.length > 0)).toBe(true);
      expect(built.observations.every((o) => o.provenance?.document === PLANS_DOCUMENT)).toBe(true);
    });
    const atLine = (line: number) => built.observations.filter((o) => o.provenance?.line === line);

    it('files April-to-month columns as year to date under their last month', () => {
      expect(atLine(7583).find((o) => o.period === '2007-12')).toMatchObject({
        basis: 'ytd',
        measure: 'estimate',
        value: 11152,
      });
      expect(
        atLine(7599)
          .map((o) => [o.period, o.basis, o.value])
          .slice(0, 2),
      ).toEqual([
        ['2006-11', 'ytd', 1566],
        ['2007-11', 'ytd', 2892],
      ]);
      expect(atLine(7601).filter((o) => o.basis === 'ytd')).toHaveLength(2);
    });

    it('files a figure under the year its cell prints, not the column year', () => {
      expect(figure('bvpi-197', 'actual', '2005')[0]).toMatchObject({
        value: 38,
        printed: '38 (2005)',
      });
      expect(figure('bvpi-197', 'estimate', '2006')[0]?.value).toBe(34);
      expect(figure('bvpi-197', 'actual', '2006/07')).toEqual([]);
      expect(atLine(8402).find((o) => o.period === '2005')).toMatchObject({
        measure: 'actual',
        value: -10.3,
        printed: '-10.3% (2005)',
      });
      expect(built.notes.some((n) => n.id === 'bp2008-other-year-8401')).toBe(true);
    });

    it('merges continuation lines into the row they belong to', () => {
      expect(
        built.indicators.filter((i) => i.id.startsWith('bp2008-cfe-resources-division-dda')),
      ).toHaveLength(1);
      const dda = indicator('bp2008-cfe-resources-division-dda-accessibility-compliance');
      expect(dda?.provenance.map((p) => p.line)).toEqual([12466, 12469]);
      expect(atLine(12466).find((o) => o.measure === 'target')?.missing?.text).toBe(
        'Lessons learnt on SEN ICT carried across more of the site',
      );
      expect(atLine(12469)).toEqual([]);
      expect(atLine(25210)).toEqual([]);
      const streetlights = indicator(
        'bp2008-kent-highway-services-net-annual-satisfaction-with-the-condition-of-khs-c-streetlights',
      );
      expect(streetlights).toMatchObject({
        title: 'NET annual satisfaction with the condition of KHS: c. streetlights',
        codes: [{ framework: 'T2010', code: '37' }],
      });
      expect(streetlights?.provenance.map((p) => p.line)).toEqual([25209, 25210]);
      expect(built.indicators.filter((i) => /c-streetlights/.test(i.id))).toHaveLength(1);
      expect(
        indicator(
          'bp2008-kent-highway-services-net-annual-satisfaction-with-the-condition-of-khs-a-roads',
        )?.title,
      ).toBe('NET annual satisfaction with the condition of KHS: a. roads');
      // Numbered rows after the lettered parts are not listed under item 8.
      expect(
        indicator('bp2008-kent-highway-services-10-staff-sickness-days-lost-per-fte')?.description,
      ).not.toContain('NET annual satisfaction');
    });

    it('reads NI 9 and NI 10 rows as the National Indicators they are', () => {
      expect(figure('ni-9', 'target', '2008/09')[0]?.provenance?.line).toBe(19080);
      expect(figure('ni-10', 'actual', '2006/07').map((o) => o.provenance?.line)).toContain(19081);
      expect(
        built.indicators.filter((i) => /libraries-and-archives-ni-(9|10)-/.test(i.id)),
      ).toEqual([]);
    });

    it('keeps footnote marks in the printed cell and quotes the footnote', () => {
      const directPayments = atLine(1761).find(
        (o) => o.measure === 'estimate' && o.period === '2007/08',
      );
      expect(directPayments).toMatchObject({ value: 618, printed: '618**' });
      expect(directPayments?.provenance?.note).toContain('footnote ** (line 1763)');
      expect(atLine(2691)[0]?.printed).toBe('618**');
      expect(atLine(3866)[0]?.printed).toBe('618**');
      expect(atLine(16884).find((o) => o.measure === 'estimate')).toMatchObject({
        value: 67,
        printed: '67%**',
      });
    });

    it('extracts the small tables the table reader cannot read, and leaves uncertain ones unfiled', () => {
      expect(atLine(5549).map((o) => [o.measure, o.period, o.value])).toEqual([
        ['actual', '2004/05', 6.8],
        ['actual', '2005/06', 6.8],
        ['actual', '2006/07', 6.5],
      ]);
      expect(atLine(10109)).toHaveLength(3);
      expect(atLine(7526).map((o) => [o.period, o.basis, o.value])).toEqual([
        ['2007-12', 'ytd', 100.55],
        ['2007-12', 'ytd', 100.25],
        ['2007-12', 'ytd', 88.38],
      ]);
      expect(atLine(7527).every((o) => o.measure === 'target' && o.value === 100)).toBe(true);
      // The equalities targets (issue 12): the department's target, its actual, and the county's target apart.
      expect(
        atLine(14945).map((o) => [o.indicatorId.endsWith('-kcc'), o.measure, o.period, o.value]),
      ).toEqual([
        [false, 'target', '2007/08', 32.74],
        [false, 'actual', '2007/08 Q2', 33.52],
        [true, 'target', '2007/08', 47],
      ]);
      expect(atLine(23614).find((o) => o.printed === '1,5731')).toMatchObject({
        value: null,
        missing: { reason: 'garbled' },
      });
      expect(atLine(23616)[0]).toMatchObject({ period: '2006/07', value: 95 });
      // '2007' and '2008 Forecast' match the KPI table's 2007/08 estimate and 2008/09 target: not filed.
      expect(atLine(24476)).toEqual([]);
      expect(indicator('bp2008-contact-centre-answer-rate')?.provenance.map((p) => p.line)).toEqual(
        [24397, 24476],
      );
    });

    it('keeps the KCC and CED targets of BV11a–BV17 (lines 14945–14949)', () => {
      for (const line of [14945, 14946, 14947, 14948, 14949]) {
        const figures = atLine(line);
        expect(figures.filter((o) => o.measure === 'target')).toHaveLength(2);
        expect(figures.every((o) => o.provenance?.line === line)).toBe(true);
      }
      const bv17 = atLine(14949);
      expect(bv17.map((o) => o.printed)).toEqual(['2.98%', '3.37%', '2.55%']);
      const county = indicator(bv17[2]?.indicatorId ?? '');
      expect(county?.title).toBe(
        'BV17 (whole council, KCC): Number of people self register as being BME',
      );
    });

    it('types units from the wording and the table header (001, lines 8402, 6678, 6738)', () => {
      const atRow = (line: number) => indicator(atLine(line)[0]?.indicatorId ?? '');
      expect(atRow(8402)?.unit).toEqual({ type: 'percent', label: 'change on the baseline' });
      expect(atLine(8402)[0]).toMatchObject({ value: -10.3, printed: '-10.3% (2005)' });
      expect(atRow(6678)?.unit).toEqual({ type: 'percent', label: 'pupils reaching the level' });
      expect(atRow(6738)?.unit).toEqual({ type: 'percent', label: 'pupils reaching the level' });
      // A locally identified group's row is titled by the group alone; the header says Key Stage Outcomes.
      expect(atRow(6635)?.title).toBe('Nepali');
      expect(atRow(6635)?.unit.type).toBe('percent');
      const keyStageRows = built.indicators.filter(
        (i) => (i.provenance[0]?.line ?? 0) >= 6617 && (i.provenance[0]?.line ?? 0) <= 6753,
      );
      expect(keyStageRows.length).toBeGreaterThan(110);
      expect(keyStageRows.filter((i) => i.unit.type !== 'percent')).toEqual([]);
    });

    it('splits composite cells into figures, each with the cell as provenance (lines 11110, 12454, 14189, 12458)', () => {
      const figures = (line: number) =>
        atLine(line)
          .filter((o) => o.provenance?.note?.includes('one of the figures in the cell'))
          .map((o) => [
            o.indicatorId.replace(/^.*-(?=[a-z]+(-[a-z]+)?$)/, ''),
            o.area,
            o.period,
            o.measure,
            o.value,
          ]);
      expect(
        atLine(11110)
          .filter((o) => o.period === '2007/08')
          .map((o) => [o.measure, o.value]),
      ).toEqual([
        ['estimate', 61.65],
        ['actual', 61.97],
      ]);
      expect(
        atLine(12454)
          .filter((o) => o.period === '2006/07')
          .map((o) => [o.area, o.value]),
      ).toEqual([
        ['kcc-east-area', 31],
        ['kcc-mid-area', 49],
        ['kcc-west-area', 45],
      ]);
      expect(
        atLine(14189)
          .filter((o) => o.period === '2006/07')
          .map((o) => [o.measure, o.value]),
      ).toEqual([
        ['target', 4.63],
        ['actual', 4.98],
      ]);
      const classrooms = atLine(12458).filter((o) => o.period === '2007/08');
      expect(classrooms.map((o) => [o.indicatorId.split('-in-use-')[1], o.value])).toEqual([
        ['mobiles', 507],
        ['horsa-huts', 28],
        ['timber-demountables', 170],
      ]);
      expect(
        classrooms.every((o) => o.printed === 'Mobiles: 507 Horsa huts: 28 Timber demount: 170'),
      ).toBe(true);
      expect(figures(24032)).toHaveLength(6);
      // No text-only cell that the rules split is left behind.
      const leftAsText = built.observations.filter(
        (o) =>
          o.value === null &&
          /actual \d|East: \d|Benchmark Target \d|Mobiles: \d/.test(o.printed ?? ''),
      );
      expect(leftAsText).toEqual([]);
    });

    it('splits stacked cells into one indicator per bullet only where they pair one to one', () => {
      const english = built.observations.filter((o) =>
        o.indicatorId.endsWith(
          'raising-standards-of-achievement-age-of-pupils-achieving-level-4-english',
        ),
      );
      expect(english.map((o) => [o.measure, o.value])).toEqual([
        ['actual', 77],
        ['estimate', 77],
        ['target', 80],
      ]);
      expect(
        atLine(10165)
          .filter((o) => o.measure === 'actual')
          .map((o) => o.value),
      ).toEqual([34.6, 24.5, 39.3, 66.4]);
      // The Healthy Schools row prints counts under percentage bullets: kept as printed.
      expect(atLine(10164).every((o) => o.value === null)).toBe(true);
    });

    it('reads the role when the first cell names the target', () => {
      const owners = (id: string) =>
        indicator(id)?.owners.map((owner) => `${owner.nodeId}:${owner.role}`);
      // 'Towards 2010 Target 60 / Directorate Priority | … (Support this target).' (Arts),
      // 'T2010 / APA / (Kent Agreement 2 TBC) / Directorate Priority | Target 60 – … (Lead on target).'
      expect(owners('t2010-60')).toEqual([
        'arts-development-unit:support',
        'kent-youth-service:support',
        'youth-offending-service:lead',
        'kent-drug-and-alcohol-action-team:support',
      ]);
      expect(owners('t2010-25')).toContain('arts-development-unit:lead');
      // 'Towards 2010 Lead on Target 43 | Expand the Clean Kent programme…'
      expect(owners('t2010-43')).toEqual(['environment-and-waste:lead']);
      expect(indicator('t2010-43')?.title).toMatch(/^Target 43 – Expand the Clean Kent programme/);
      expect(owners('t2010-45')).toEqual(['environment-and-waste:lead']);
      expect(owners('t2010-49')).toContain('environment-and-waste:support');
      // 'Directorate Priority / T2010 Target 42 | Achieve ISO 14001 EMS roll-out… (Support for target).'
      expect(owners('t2010-42')).toEqual(
        expect.arrayContaining(['youth-offending-service:support', 'contact-centre:support']),
      );
      // 'T2010 | Target 6 -Increase opportunities… (contribute to this target via …)'
      expect(owners('t2010-6')).toContain('strategic-development-unit:support');
      // A row without a stated role paraphrases the target: it names no owner and keeps the title.
      expect(indicator('t2010-16')?.title).toMatch(/^Target 16 – Expand our pioneering vocational/);
    });

    it('files rows that say they are cumulative as running totals', () => {
      const atRow = (line: number) =>
        built.observations
          .filter((o) => o.provenance?.line === line)
          .map((o) => [o.measure, o.period, o.value, o.basis]);
      expect(atRow(27342)).toEqual([
        ['actual', '2006/07', 64, 'cumulative'],
        ['estimate', '2007/08', 174, 'cumulative'],
        ['target', '2008/09', 238, 'cumulative'],
      ]);
      expect(atRow(19603)).toContainEqual(['actual', '2006/07', 360, 'cumulative']);
      // A plain row beside them keeps the year's own figure.
      expect(atRow(19605)).toContainEqual(['actual', '2006/07', 76, 'period']);
    });

    it('reads a lone star from the footnote that explains it', () => {
      expect(atLine(6746).find((o) => o.measure === 'target')).toMatchObject({
        value: null,
        printed: '*',
        missing: { reason: 'not-applicable' },
      });
      expect(atLine(6746).find((o) => o.measure === 'target')?.missing?.text).toContain(
        'cohort of less than 40 where no statutory target was set (footnote, line 6615)',
      );
      expect(atLine(17218).find((o) => o.printed === '**')?.missing).toMatchObject({
        reason: 'not-yet-due',
      });
    });
  },
);
