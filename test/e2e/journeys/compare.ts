/** Council members compare Kent with similar councils (issue 6), on the static build. */
import { chooseGroup } from '../lib/compare';
import type { E2eTest } from '../lib/e2e-test';
import { expectCount, expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';

export const tests: E2eTest[] = [
  {
    name: 'compare the YJB overall performance for Kent against its family group and read its position',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/compare');
      await page.getByLabel('Find an indicator by code or title').fill('overall performance');
      await page
        .getByRole('list', { name: 'Matching indicators' })
        .getByRole('link', { name: /Youth Justice Board: Overall Performance/ })
        .click();
      await settle(page);
      await expectVisible(
        page.getByText(
          /^Kent County Council is 4th best of 10 in its family group \(second quartile\)/,
        ),
        "Kent's position in its family group",
      );
      await expectVisible(
        page.getByRole('img', { name: 'Bar chart of the figures' }),
        'the bar chart',
      );
      await expectVisible(
        page.getByRole('rowheader', { name: /Kent County Council \(lead authority\)/ }),
        'Kent marked as the lead in the table',
      );
      await checkPage(page, 'compare yjb overall');
    },
  },
  {
    name: 'compare a highways benchmarking indicator within the benchmarking club',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/compare/cmp-highways-bv223');
      await expectVisible(
        page.getByText(/^Kent County Council is .* of 7 in/),
        "Kent's position in the club",
      );
      await expectVisible(page.getByRole('heading', { name: 'Over time' }), 'the over-time chart');
      await checkPage(page, 'compare highways bv223');
    },
  },
  {
    name: 'import a CSV with errors: preview, each bad row by its number, then import the rest',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/compare/cmp-yjb-overall-performance');
      const csv = [
        'Area code,Area name,2007/08 Q3',
        'E10000030,Surrey,71.2',
        ',Oxfordshire,abc',
        ',,60',
        'E06000035,Medway,72.5',
        ',Suffolk,12..4',
      ].join('\n');
      await page
        .getByLabel('CSV file')
        .setInputFiles({ name: 'lg-inform.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const preview = page.getByRole('region', { name: 'Preview of lg-inform.csv' });
      await expectVisible(preview, 'the import preview');
      for (const line of [
        'Row 3: the value "abc" is not a number (Oxfordshire, 2007/08 Q3)',
        'Row 4: the area has no name and no code',
        'Row 6: the value "12..4" is not a number (Suffolk, 2007/08 Q3)',
      ]) {
        await expectVisible(preview.getByText(line, { exact: true }), `"${line}"`);
      }
      await checkPage(page, 'compare csv import preview');
      await preview.getByRole('button', { name: 'Import 2 figures' }).click();
      await expectVisible(
        page.getByText('Imported from lg-inform.csv').first(),
        'imported figures marked with their file',
      );
      await checkPage(page, 'compare csv import');
    },
  },
  {
    name: 'an adult social care measure offers the groups with figures first; a group with too few figures shows them unranked',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/compare/paf-c32');
      const choice = page.getByLabel('Compare with');
      await expectCount(
        choice.locator('optgroup[label="Groups with figures to rank"] option', {
          hasText: /^Adult social services comparator authorities \(2007\) \(7 with figures\)$/,
        }),
        1,
        'the adult social services comparators offered first, with their count',
      );
      await chooseGroup(page, 'Registration service comparators');
      await settle(page);
      await expectVisible(
        page.getByText(
          /^Only 2 of the 3 areas in Registration service comparators.* too few to rank/,
        ),
        'the sentence saying the group has too few figures to rank',
      );
      const table = page.getByRole('table', { name: /Registration service comparators/ });
      await expectCount(
        table.getByRole('columnheader', { name: /Position/ }),
        0,
        'a position column for two figures',
      );
      await expectVisible(
        table.getByRole('rowheader', { name: 'Hampshire' }),
        'Hampshire’s figure',
      );
      if (!page.url().includes('group=registration-comparators'))
        throw new Error(`the chosen group is not in the address: ${page.url()}`);
      await checkPage(page, 'compare too few to rank');
    },
  },
];
