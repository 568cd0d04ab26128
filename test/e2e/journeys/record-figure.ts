/**
 * Recording and correcting a figure against the Ragstone server (issue 9): the figure survives a
 * reload with its status recomputed, and the history keeps both values of a correction.
 */
import type { E2eTest } from '../lib/e2e-test';
import { expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';

const INDICATOR = '/indicators/cc2012-grade-1-calls-answered';

export const tests: E2eTest[] = [
  {
    name: 'a figure recorded for June 2012 survives a reload, rated, and a correction keeps both values in the history',
    target: 'server',
    timeout: 120_000,
    // The second save meets the first on purpose: the browser logs the 409 it answers.
    allowConsoleErrors: [/status of 409 \(Conflict\)/],
    async run({ page, baseUrl }) {
      await open(page, baseUrl, INDICATOR);
      const form = page.getByRole('region', { name: 'Record a figure' });
      const record = async (value: string) => {
        await form.getByLabel('Period').fill('June 2012');
        await form.getByLabel('Value').fill(value);
        await form.getByRole('button', { name: 'Save figure' }).click();
      };
      await record('90');
      await expectVisible(
        form.getByText(/Saved: the figure for June 2012 is 90%/),
        'the saved message',
      );

      await page.reload();
      await settle(page);
      await expectVisible(
        page.getByText(/: 90% in June 2012, Red, 90% is below the 92% floor/),
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
        page.getByText(/: 96% in June 2012, Green/),
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
    },
  },
];
