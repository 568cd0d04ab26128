/** The app opens from the production build: its name, a main landmark, and nothing axe objects to. */
import type { E2eTest } from '../lib/e2e-test';
import { expectVisible } from '../lib/expect';
import { checkPage, open } from '../lib/page';

export const tests: E2eTest[] = [
  {
    name: 'the app opens at its root with the Ragstone name and a main landmark',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/');
      await expectVisible(page.getByRole('main'), 'the main landmark');
      await expectVisible(page.getByRole('heading', { level: 1 }), 'a level-one heading');
      await expectVisible(page.getByText('Ragstone', { exact: false }), 'the name Ragstone');
      const title = await page.title();
      if (!title.includes('Ragstone'))
        throw new Error(`the page title "${title}" does not say Ragstone`);
      await checkPage(page, 'smoke home');
    },
  },
  {
    name: 'an unknown address still shows the app, not a server error',
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/no-such-page');
      await expectVisible(page.getByRole('main'), 'the main landmark');
      await expectVisible(page.getByRole('heading', { level: 1 }), 'a level-one heading');
      await checkPage(page, 'smoke not found');
    },
  },
];
