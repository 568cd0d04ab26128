/** The indicator page (issue 5): figures, status reason, table view and provenance, on the static build. */
import type { E2eTest } from '../lib/e2e-test';
import { expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';

export const tests: E2eTest[] = [
  {
    name: 'an indicator page states its figure, status and reason, and lists every figure with its source',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/indicators/cc2012-grade-1-calls-answered-in-20-seconds');
      await expectVisible(
        page.getByText(/ was 67% in May 2012\. It is rated Red: 67% is below the 75% floor/),
        'the summary sentence',
      );
      await expectVisible(page.getByRole('img', { name: 'Trend chart' }), 'the trend chart');
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
];
