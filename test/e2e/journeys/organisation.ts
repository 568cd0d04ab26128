/**
 * Service heads drill down (issue 5): dashboard → directorate → division or unit, each with its
 * status summary, indicator table and the national indicators and Towards 2010 targets it leads
 * or supports; the breadcrumb leads back up.
 */
import type { Locator, Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectCount, expectText, expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';

/** Follows a link to an organisation page and waits for its heading. */
async function follow(page: Page, link: Locator, heading: string): Promise<void> {
  await link.click();
  await settle(page);
  await expectVisible(
    page.getByRole('heading', { level: 1, name: heading, exact: true }),
    `the page for ${heading}`,
  );
  await settle(page);
}

async function expectBreadcrumb(page: Page, trail: string[]): Promise<void> {
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
  await expectCount(crumbs, trail.length, `breadcrumb items (${trail.join(' › ')})`);
  for (const [index, text] of trail.entries()) {
    await expectText(crumbs.nth(index), text, `breadcrumb item ${index + 1}`);
  }
  const current = await crumbs.last().getAttribute('aria-current');
  if (current !== 'page')
    throw new Error('the last breadcrumb item is not marked as the current page');
}

function responsibilities(page: Page): Locator {
  return page.getByRole('region', { name: 'National indicators and Towards 2010 targets' });
}

/** An item of the 'Leads' or 'Supports' list: its code and a link to the indicator. */
async function expectResponsibility(
  page: Page,
  role: 'Leads' | 'Supports',
  code: string,
  title: string,
): Promise<void> {
  const list = responsibilities(page)
    .getByRole('heading', { name: new RegExp(`^${role} \\d+$`) })
    .locator('xpath=following-sibling::ul[1]');
  const item = list.getByRole('listitem').filter({ hasText: code });
  await expectVisible(
    item.getByRole('link', { name: title, exact: true }),
    `"${code}: ${title}" under ${role}`,
  );
}

export const tests: E2eTest[] = [
  {
    name: 'drill from the 2008 dashboard to Adult Social Services and its Headquarters unit, and back up by the breadcrumb',
    timeout: 90_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/?structure=kcc-2008');
      await follow(
        page,
        page
          .getByRole('region', { name: 'Status summary' })
          .getByRole('link', { name: 'Adult Social Services', exact: true }),
        'Adult Social Services',
      );
      await expectBreadcrumb(page, ['Dashboard', 'Adult Social Services']);
      await expectVisible(
        page.getByRole('list', { name: 'Adult Social Services: indicators by status' }),
        "the directorate's status summary",
      );
      const units = page.getByRole('region', {
        name: 'Divisions and units of Adult Social Services',
      });
      for (const unit of ['Headquarters', 'East Kent Adult Social Services', 'Supporting People']) {
        await expectVisible(units.getByRole('rowheader', { name: unit, exact: true }), unit);
      }
      await expectVisible(
        page.getByRole('table', { name: /^Annual performance indicators: \d+ indicators/ }),
        "the directorate's indicator table",
      );
      // The directorate's plans name its NI and Towards 2010 responsibilities (paper 001, line 698 on).
      await expectResponsibility(
        page,
        'Leads',
        'Towards 2010 target 52',
        'Target 52 – Increase the number of people supported to live independently in their own homes',
      );
      await checkPage(page, 'organisation adult social services');

      // A unit's count opens the unit filtered to that status, and says how many of how many.
      const greenLink = units.getByRole('link', { name: /^Headquarters: \d+ green$/ });
      const greens = Number((await greenLink.innerText()).replace(/\D+/g, ''));
      if (greens === 0) throw new Error('Headquarters has no green indicator to filter to');
      await follow(page, greenLink, 'Headquarters');
      await expectText(
        page.getByRole('region', { name: 'Indicators', exact: true }).getByRole('status'),
        new RegExp(`^${greens} of \\d+ indicators, status Green`),
        'the filtered count',
      );
      await page.getByRole('link', { name: 'Show all', exact: true }).click();
      await settle(page);
      await expectBreadcrumb(page, ['Dashboard', 'Adult Social Services', 'Headquarters']);
      await expectVisible(
        page.getByRole('list', { name: 'Headquarters: indicators by status' }),
        "the unit's status summary",
      );
      await expectVisible(
        page.getByRole('link', {
          name: 'Older People aged 65 and over helped to live at home per 1000 population aged 65 and over',
          exact: true,
        }),
        'PAF C32 in the unit table',
      );
      // Paper 001: line 698 (joint lead on Target 52), line 716 (NI 124, support for target).
      await expectResponsibility(
        page,
        'Leads',
        'Towards 2010 target 52',
        'Target 52 – Increase the number of people supported to live independently in their own homes',
      );
      await expectResponsibility(
        page,
        'Supports',
        'NI 124',
        'People with a long-term condition supported to be independent and in control of their condition',
      );
      await checkPage(page, 'organisation kass headquarters');

      await follow(
        page,
        page
          .getByRole('navigation', { name: 'Breadcrumb' })
          .getByRole('link', { name: 'Adult Social Services', exact: true }),
        'Adult Social Services',
      );
      await page
        .getByRole('navigation', { name: 'Breadcrumb' })
        .getByRole('link', { name: 'Dashboard', exact: true })
        .click();
      await settle(page);
      await expectVisible(
        page.getByRole('heading', { level: 1, name: 'Performance dashboard' }),
        'the dashboard',
      );
      if (new URL(page.url()).pathname !== '/dashboard/kcc-2008')
        throw new Error(`the breadcrumb lost the 2008 structure: ${page.url()}`);
    },
  },
  {
    name: 'drill from the 2012 dashboard to a division and a unit, see its indicators, and back up',
    timeout: 90_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/dashboard');
      await follow(
        page,
        page
          .getByRole('region', { name: 'Status summary' })
          .getByRole('link', { name: 'Customer Services Division', exact: true }),
        'Customer Services Division',
      );
      await expectBreadcrumb(page, [
        'Dashboard',
        'Customer & Communities',
        'Customer Services Division',
      ]);
      await expectText(
        page.getByRole('list', { name: 'Customer Services Division: indicators by status' }),
        /2\s+Red/,
        "the division's red count",
      );
      await checkPage(page, 'organisation customer services division');

      await follow(
        page,
        page
          .getByRole('region', { name: 'Units of Customer Services Division' })
          .getByRole('link', { name: 'Customer Relationship Unit', exact: true }),
        'Customer Relationship Unit',
      );
      await expectBreadcrumb(page, [
        'Dashboard',
        'Customer & Communities',
        'Customer Services Division',
        'Customer Relationship Unit',
      ]);
      const row = page
        .getByRole('region', { name: 'Indicators', exact: true })
        .getByRole('row')
        .filter({
          has: page.getByRole('link', {
            name: 'Percentage of Grade 1 priority calls to the Contact Centre answered in 20 seconds',
            exact: true,
          }),
        });
      await expectText(row.getByRole('cell').nth(0), '67%', 'the Grade 1 calls May result');
      await expectText(row.getByRole('cell').nth(1), 'Red', 'the Grade 1 calls status');
      // The 2012 dashboard names no national indicators; the page says so rather than showing nothing.
      await expectText(
        responsibilities(page),
        'The papers name no national indicator or Towards 2010 target for Customer Relationship Unit.',
        'the empty responsibilities',
      );
      await checkPage(page, 'organisation customer relationship unit');

      await follow(
        page,
        page
          .getByRole('navigation', { name: 'Breadcrumb' })
          .getByRole('link', { name: 'Customer & Communities', exact: true }),
        'Customer & Communities',
      );
      await expectBreadcrumb(page, ['Dashboard', 'Customer & Communities']);
      await expectVisible(
        page.getByRole('region', { name: 'Divisions and units of Customer & Communities' }),
        'the divisions of the directorate',
      );
      await checkPage(page, 'organisation customer and communities');
    },
  },
];
