/** The indicator page (issue 5): figures, status reason, table view and provenance, on the static build. */
import type { E2eTest } from '../lib/e2e-test';
import { expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';

export const tests: E2eTest[] = [
  {
    name: 'tables extracted whole from the papers show their figures, breakdown and source (issue 12)',
    async run({ page, baseUrl }) {
      // 001_23223e66fe6ffd0f.txt lines 7474–7492: looked-after children by district.
      await open(page, baseUrl, '/indicators/bp2008-looked-after-children-snapshot?view=table');
      await expectVisible(
        page.getByRole('heading', {
          name: /Looked after children \(snapshot number\), by district/,
        }),
        'the indicator title',
      );
      await expectVisible(
        page.getByText(/figures for 17 other areas \(authorities, districts, teams or averages\)/),
        'the breakdown offered beside the county figures',
      );
      await checkPage(page, 'indicator looked-after children by district');
      await page.getByRole('link', { name: 'Compare with other authorities' }).click();
      await settle(page);
      await expectVisible(
        page.getByRole('row', { name: /Thanet.*207/ }).first(),
        'a district row of the breakdown',
      );
      await checkPage(page, 'compare looked-after children by district');
      // 004_02ef8f1cbe0338b4.txt line 1339: total number of assessments 4654 | 5172 | 4500.
      await open(page, baseUrl, '/indicators/yj2012-assessments?view=table');
      await expectVisible(page.getByText(/5,172/).first(), 'the 2011/12 outturn');
      await checkPage(page, 'indicator youth justice assessments');
    },
  },
  {
    name: 'an indicator page states its figure, status and reason, and lists every figure with its source',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/indicators/cc2012-grade-1-calls-answered-in-20-seconds');
      await expectVisible(
        page.getByText(/ was 67% in May 2012\. It is rated Red: 67% is below the 75% floor/),
        'the summary sentence',
      );
      // One result is listed beside its target and floor rather than drawn as a trend (issue 15).
      await expectVisible(
        page.getByRole('table', { name: /One result so far: too few to draw a trend/ }),
        'the small table of figures',
      );
      await checkPage(page, 'indicator grade 1 calls chart');
      await page.getByRole('button', { name: 'Table' }).click();
      await settle(page);
      const table = page.getByRole('table', { name: /Every figure held for/ });
      await expectVisible(table, 'the table of every figure');
      if (!page.url().includes('view=table'))
        throw new Error(`the table view is not in the URL: ${page.url()}`);
      await table.locator('summary').first().click();
      await expectVisible(table.getByText('The row as printed:').first(), 'the row as printed');
      await checkPage(page, 'indicator grade 1 calls table');
    },
  },
  {
    name: 'an assumed target profile is said beside the paper’s status and can be switched off; a next-year target shows the gap',
    async run({ page, baseUrl }) {
      // 004_02ef8f1cbe0338b4.txt line 493: rogue traders 3 GREEN, target 30, floor 20.
      await open(page, baseUrl, '/indicators/cc2012-rogue-traders-disrupted');
      const definition = page.getByRole('region', { name: 'Definition and status' });
      await expectVisible(
        definition.getByText(/3 is above the 2\.5 assumed flat-profile target for May 2012/),
        'the status resting on an assumed flat profile',
      );
      await expectVisible(
        definition.getByText(/Ragstone assumes a flat profile/).first(),
        'the assumption beside the paper’s status',
      );
      await checkPage(page, 'indicator rogue traders assumed profile');
      await definition.getByRole('checkbox', { name: /use assumed target profiles/i }).click();
      await settle(page);
      if (!page.url().includes('profiles=paper'))
        throw new Error(`the switch is not in the URL: ${page.url()}`);
      await expectVisible(
        definition.getByText(/3 for May 2012, but there is no phased target for it/),
        'the status without the assumption',
      );

      // 001_23223e66fe6ffd0f.txt line 3752: "Occupancy Rate 96% 98% 98%".
      await open(page, baseUrl, '/indicators/bp2008-kent-wide-services-occupancy-rate');
      await expectVisible(
        page
          .getByRole('region', { name: 'Gap to the next target' })
          .getByText(/Gap to the 2008\/09 target of 98%.*Not a status/),
        'the gap to next year’s target, labelled as not a status',
      );
      await checkPage(page, 'indicator occupancy rate gap');
    },
  },
  {
    name: 'a figure the papers printed three times is one row of the table, with its three printings',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/indicators/paf-c72?view=table');
      const table = page.getByRole('table', { name: /Every figure held for/ });
      await expectVisible(table, 'the table of every figure');
      const rows = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: '2005/06' }) })
        .filter({ has: page.getByRole('cell', { name: 'Actual', exact: true }) });
      const count = await rows.count();
      if (count !== 1) throw new Error(`2005/06 actual is listed ${count} times, not once`);
      await expectVisible(rows.getByText('Printed 3 times'), 'the number of printings');
      await checkPage(page, 'indicator paf-c72 table printings');
    },
  },
];
