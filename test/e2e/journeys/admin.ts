/**
 * The administrator's side of issue 10 against the Ragstone server: the first administrator adds
 * a contributor for Libraries, changes a 2012/13 target mid-year with a reason, the indicator page
 * shows the change and the new status, the audit log shows it and downloads as CSV; the new
 * contributor gets the refusal page (and the API a 403). Every new page is axe-checked and
 * photographed at 1366×768 and 320 px; the settings change is made with the keyboard alone.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';
import { signInThroughThePage } from '../lib/sign-in';

/** Led by Libraries, Archives and Registration; May 2012 is 77% against an 80% target (Amber). */
const INDICATOR = '/indicators/cc2012-deaths-registered-within-5-days';
const CONTRIBUTOR = {
  email: 'lib.contributor@e2e.example.gov.uk',
  name: 'Libby Contributor',
  password: 'libraries only, long enough',
};
const REASON = 'Re-based after the registration service review';
/** Rogue traders disrupted: 5 since April 2012 against a year target of 30 and a floor of 20. */
const PROFILED = '/indicators/cc2012-rogue-traders-disrupted';
const SPRING_HEAVY = ['10', '10', '8', '8', '8', '8', '8', '8', '8', '8', '8', '8'];
const PROFILE_REASON = 'Most rogue traders are caught in the spring';

/** Tabs forward until `target` has the focus (keyboard only), or fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${limit} presses of Tab never reached ${target.toString()}`);
}

export const tests: E2eTest[] = [
  {
    name: 'an administrator adds a contributor, changes a target mid-year with a reason, and the audit log shows it',
    target: 'server',
    changesPublishedFigures: true,
    timeout: 180_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/');
      await signInThroughThePage(page);
      await page.getByRole('banner').getByRole('link', { name: 'Administration' }).click();
      await expectVisible(
        page.getByRole('heading', { name: 'People and roles', level: 2 }),
        'the people page',
      );
      await settle(page);
      await checkPage(page, 'admin people');

      // Add a contributor for Libraries, with an initial password.
      const add = page.getByRole('region', { name: 'Add a person' });
      await add.getByLabel('Name').fill(CONTRIBUTOR.name);
      await add.getByLabel('Email address').fill(CONTRIBUTOR.email);
      await add.getByLabel(/Initial password/).fill(CONTRIBUTOR.password);
      await add.getByLabel(/^Viewer/).uncheck();
      await add.getByLabel('Role', { exact: true }).selectOption('contributor');
      await add
        .getByLabel('Unit')
        .selectOption('cc-2012/libraries-archives-and-registration-services');
      await add.getByRole('button', { name: 'Add this role' }).click();
      await expectVisible(
        add.getByText(/^Contributor for Libraries, Archives and Registration/),
        'the chosen grant',
      );
      await add.getByRole('button', { name: 'Add person' }).click();
      await expectVisible(
        add.getByRole('status').filter({ hasText: CONTRIBUTOR.email }),
        'the confirmation',
      );
      await expectVisible(
        page
          .getByRole('list', { name: `Roles of ${CONTRIBUTOR.name}` })
          .getByText(/Contributor for Libraries/),
        'the new person with their role in the list',
      );

      // The indicator before: Amber against the 80% target.
      await open(page, baseUrl, INDICATOR);
      await expectVisible(page.getByText(/It is rated Amber/).first(), 'Amber before the change');
      await page
        .getByRole('link', { name: 'Set targets, floors, monthly profile and due date' })
        .click();
      await expectVisible(
        page.getByRole('heading', { name: /^Targets and floors:/ }),
        'the targets page',
      );
      await settle(page);
      await checkPage(page, 'admin targets');

      // Mid-year: a reason is required.
      await page.getByLabel(/^New target/).fill('76');
      await page.getByRole('button', { name: 'Save target' }).click();
      await expectVisible(
        page.getByText(/has already started: say why the target is changing/),
        'the reason required',
      );
      await page
        .getByLabel(/^Reason/)
        .first()
        .fill(REASON);
      await page.getByRole('button', { name: 'Save target' }).click();
      await expectVisible(
        page.getByRole('status').filter({ hasText: /target for 2012\/13 is now 76%/ }),
        'the saved target',
      );

      // The indicator page shows the change and the new status.
      await page.getByRole('link', { name: 'See the indicator page' }).click();
      await expectVisible(
        page.getByText(
          new RegExp(
            `Target for 2012/13 changed on .+ from 80% to 76% by Browser Tester: ${REASON}`,
          ),
        ),
        'the target change on the indicator page',
      );
      await expectVisible(page.getByText(/It is rated Green/).first(), 'Green after the change');
      await checkPage(page, 'indicator after a target change');

      // The audit log shows it, filtered by kind in the address, and downloads as CSV.
      await open(page, baseUrl, '/admin/audit?action=target');
      const row = page
        .getByRole('row')
        .filter({ hasText: 'cc2012-deaths-registered-within-5-days' });
      await expectVisible(row.filter({ hasText: REASON }), 'the audit row with its reason');
      await expectVisible(row.filter({ hasText: 'Browser Tester' }), 'who changed it');
      await checkPage(page, 'admin audit');
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /^Download CSV/ }).click(),
      ]);
      const csv = await readFile(await file.path(), 'utf8');
      if (
        !csv.startsWith('id,at,actorId,actorName,action,subject,oldValue,newValue,reason,address')
      ) {
        throw new Error(`the CSV starts ${csv.slice(0, 80)}`);
      }
      if (!csv.includes(REASON) || !csv.includes('target.change'))
        throw new Error('the CSV lacks the change');
      if (csv.includes('person.create')) throw new Error('the CSV ignored the filter');

      // Settings, with the keyboard alone: public reading off and on again.
      await open(page, baseUrl, '/admin/settings');
      const publicRead = page.getByLabel(/Anyone can read published figures/);
      await expectVisible(publicRead, 'the public reading setting');
      await checkPage(page, 'admin settings');
      await tabTo(page, publicRead);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expectVisible(
        page.getByRole('status').filter({ hasText: /only people who sign in/ }),
        'public reading off',
      );
      await tabTo(page, publicRead);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expectVisible(
        page.getByRole('status').filter({ hasText: /anyone can now read/ }),
        'public reading on',
      );
    },
  },
  {
    name: 'a person who is not an administrator gets the refusal page, and the API a 403',
    target: 'server',
    // Signs in as the contributor the journey above adds, so it keeps its place after it.
    changesPublishedFigures: true,
    timeout: 120_000,
    allowConsoleErrors: [/status of 403 \(Forbidden\)/],
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/admin/people');
      await expectVisible(
        page.getByRole('heading', { name: 'You need to be an administrator', level: 1 }),
        'the refusal signed out',
      );
      await open(page, baseUrl, '/');
      await signInThroughThePage(page, undefined, CONTRIBUTOR);
      if (await page.getByRole('banner').getByRole('link', { name: 'Administration' }).count()) {
        throw new Error('a contributor sees the Administration link');
      }
      await open(page, baseUrl, '/admin/people');
      await expectVisible(
        page.getByRole('heading', { name: 'You need to be an administrator', level: 1 }),
        'the refusal',
      );
      await expectVisible(page.getByText(/does not have the administrator role/), 'why, in words');
      await checkPage(page, 'admin refusal');
      const status = await page.evaluate(async () => (await fetch('/api/admin/people')).status);
      if (status !== 403)
        throw new Error(`GET /api/admin/people answered ${status} to a contributor`);
    },
  },
  {
    name: 'an administrator sets a monthly profile with the keyboard, and the year-to-date status and its reason follow it',
    target: 'server',
    changesPublishedFigures: true,
    timeout: 180_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/');
      await signInThroughThePage(page);
      // Before: 5 rogue traders since April against the assumed flat profile's 5 (Green).
      await open(page, baseUrl, PROFILED);
      await expectVisible(
        page
          .getByText(/year-to-date figure of 5 .*assumed flat-profile target for April to May 2012/)
          .first(),
        'the year to date rated under the assumed flat profile',
      );

      await open(page, baseUrl, `/admin${PROFILED}`);
      const section = page.getByRole('region', { name: 'Monthly profile' });
      await expectVisible(
        section.getByText(/From the dataset: .*flat profile/),
        'the profile in force',
      );
      // Keyboard only: Tab to April, then type each month's share and Tab on.
      const april = section.getByLabel('April', { exact: true });
      await tabTo(page, april, 120);
      for (const share of SPRING_HEAVY) {
        await page.keyboard.type(share);
        await page.keyboard.press('Tab');
      }
      await expectVisible(section.getByText('Total: 100%'), 'the running total');
      await section.getByLabel(/^Reason/).fill(PROFILE_REASON);
      await section.getByRole('button', { name: 'Save monthly profile' }).click();
      await expectVisible(
        section.getByRole('status').filter({ hasText: /monthly profile for 2012\/13 is saved/ }),
        'the saved profile',
      );
      await expectVisible(
        section.getByRole('row', {
          name: /Set by administrators \(version 1\): April 10%, May 10%/,
        }),
        'the profile in force',
      );
      await expectVisible(section.getByText(PROFILE_REASON).first(), 'the history with its reason');
      await settle(page);
      await checkPage(page, 'admin indicator settings with a monthly profile');

      // After: the year to date is rated against 30 × 20% = 6, so Amber, and the page says why.
      await section.page().getByRole('link', { name: 'See the indicator page' }).click();
      await expectVisible(
        page
          .getByText(
            /Amber: the year-to-date figure of 5 is below the 6 profile target for April to May 2012/,
          )
          .first(),
        'the new year-to-date status and its reason',
      );
      await expectVisible(
        page.getByText(
          new RegExp(
            `Monthly profile for 2012/13 set on .+ by Browser Tester .*: ${PROFILE_REASON}`,
          ),
        ),
        'the profile change on the indicator page',
      );
      await checkPage(page, 'indicator after a monthly profile');
    },
  },
];
