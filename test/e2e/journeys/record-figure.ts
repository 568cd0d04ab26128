/**
 * Recording and correcting a figure against the Ragstone server (issues 9 and 10): the first
 * administrator (from the server's environment) signs in through the page; without an approver
 * grant there is no form, and the page says why; with one, the figure survives a reload with its status
 * recomputed, the history keeps both values of a correction, and signing out hides the form.
 */
import type { Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectHidden, expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';
import { signInThroughThePage } from '../lib/sign-in';

const INDICATOR = '/indicators/cc2012-grade-1-calls-answered';
/** The unit that leads the indicator (datasets/kent/dashboard-2012.json, `owners`). */
const LEAD_UNIT = { structureId: 'cc-2012', nodeId: 'customer-relationship-unit' };

/**
 * There is no people page yet, so the administrator gives themselves the approver grant through
 * the API from the page (same origin, the session's cookie and CSRF token), as an admin tool would.
 * Changing grants ends the person's sessions, so they sign in again afterwards.
 */
async function grantApprover(page: Page): Promise<void> {
  const status = await page.evaluate(async (unit) => {
    const me = (await (await fetch('/api/auth/me')).json()) as {
      user: { id: string };
      csrfToken: string;
    };
    const response = await fetch(`/api/admin/people/${encodeURIComponent(me.user.id)}/grants`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({
        grants: [{ role: 'administrator' }, { role: 'approver', unit }],
        reason: 'Browser journey: the tester approves the contact centre figures',
      }),
    });
    return response.status;
  }, LEAD_UNIT);
  if (status !== 200) throw new Error(`granting the approver role answered ${status}`);
}

export const tests: E2eTest[] = [
  {
    name: 'a figure recorded for June 2012 survives a reload, rated, and a correction keeps both values in the history',
    target: 'server',
    changesPublishedFigures: true,
    timeout: 120_000,
    // On purpose: the second save meets the first (409).
    allowConsoleErrors: [/status of 409 \(Conflict\)/],
    async run({ page, baseUrl }) {
      await open(page, baseUrl, INDICATOR);
      const form = page.getByRole('region', { name: 'Record a figure' });
      const saveButton = form.getByRole('button', { name: 'Save figure' });
      const entry = page.getByRole('region', { name: 'Enter or approve figures' });
      await expectVisible(
        entry.getByText(/Contributors enter figures and approvers sign them off/),
        'the sign-in prompt instead of the form',
      );
      await signInThroughThePage(page, 'sign-in page');
      // The header can show the name a moment before the router has gone back to the page.
      await page
        .waitForURL((url) => url.pathname.endsWith(INDICATOR), { timeout: 15_000 })
        .catch(() => {
          throw new Error(`sign-in returned to ${page.url()}`);
        });
      const record = async (value: string) => {
        await form.getByLabel('Period').fill('June 2012');
        await form.getByLabel('Value').fill(value);
        await saveButton.click();
      };
      await expectVisible(
        entry.getByText(/who is not a contributor or approver for a unit responsible/),
        'no form, and why, for an administrator without an approver grant',
      );
      await expectHidden(saveButton, 'the Save figure button without an approver grant');

      await grantApprover(page);
      await page.reload();
      await settle(page);
      await signInThroughThePage(page);
      await record('90');
      await expectVisible(
        form.getByText(/Saved: the figure for June 2012 is 90%/),
        'the saved message',
      );

      await page.reload();
      await settle(page);
      await expectVisible(
        page.getByText(/was 90% in June 2012\. It is rated Red: 90% is below the 92% floor/),
        'the recorded figure with its status recomputed after a reload',
      );
      const history = page.getByRole('region', { name: 'History of changes' });
      await expectVisible(
        history.getByText('Browser Tester recorded the figure for June 2012: 90%.'),
        'the history entry',
      );
      await checkPage(page, 'indicator after recording a figure');

      await record('96');
      await expectVisible(
        form
          .getByRole('alert')
          .filter({ hasText: /June 2012 is already 90\. To replace it with 96/ }),
        'the conflict with both values',
      );
      await checkPage(page, 'indicator correction prompt');
      await form.getByLabel('Reason for the correction').fill('The May return was misread');
      await form.getByRole('button', { name: 'Replace 90% with 96%' }).click();
      await expectVisible(
        history.getByText('Browser Tester corrected the figure for June 2012 from 90% to 96%.'),
        'the correction in the history',
      );

      await page.reload();
      await settle(page);
      await expectVisible(
        page.getByText(/was 96% in June 2012\. It is rated Green/),
        'the corrected figure after a reload',
      );
      await expectVisible(
        history.getByText(/Reason: The May return was misread/),
        'the reason kept in the history',
      );
      await expectVisible(
        history.getByText('Browser Tester recorded the figure for June 2012: 90%.'),
        'the first value still in the history',
      );

      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await expectVisible(
        page.getByRole('banner').getByRole('link', { name: 'Sign in' }),
        'the Sign in link after signing out',
      );
      await expectHidden(saveButton, 'the Save figure button after signing out');
      await checkPage(page, 'indicator after signing out');
    },
  },
];
