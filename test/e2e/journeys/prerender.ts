/**
 * The first view arrives drawn (ADR 0086): the dashboard's HTML holds its status summary and table
 * before any script runs, the browser takes that markup over without a hydration error and the
 * page then works; an address the build did not draw still gets its own page, not another's.
 * Each structure's dashboard view has a page of its own (`/dashboard/kcc-2008`, ADR 0091).
 * Against the server (ADR 0092), every address arrives drawn from the live figures, query included.
 */
import type { Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';

/** React's words when the markup it is given is not what it would draw. */
const HYDRATION_TROUBLE = /hydrat|did not match|server rendered/i;

function collectHydrationTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on('console', (message) => {
    if (HYDRATION_TROUBLE.test(message.text())) trouble.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (HYDRATION_TROUBLE.test(error.message)) trouble.push(error.message);
  });
  return trouble;
}

/** The Ragstone server says which API to use in the page; a static host does not. */
async function isServer(page: Page, baseUrl: string): Promise<boolean> {
  const response = await page.request.get(new URL('/search', baseUrl).href, {
    headers: { accept: 'text/html' },
  });
  return (await response.text()).includes('name="ragstone-transport"');
}

export const tests: E2eTest[] = [
  {
    name: 'the dashboard is readable before its scripts run',
    target: 'static',
    async run({ page, baseUrl }) {
      const response = await page.request.get(new URL('/dashboard', baseUrl).href, {
        headers: { accept: 'text/html' },
      });
      const html = await response.text();
      const root = /<div id="root">([\s\S]*)<\/div>\s*<script type="application\/json"/.exec(html);
      if (!root?.[1]?.includes('<table'))
        throw new Error('the dashboard HTML has no table inside #root');
      if (!/<title>Performance dashboard – Ragstone<\/title>/.test(html))
        throw new Error('the dashboard HTML does not carry its own title');
      const view2008 = await (
        await page.request.get(new URL('/dashboard/kcc-2008', baseUrl).href, {
          headers: { accept: 'text/html' },
        })
      ).text();
      if (
        !view2008.includes('"address":"/dashboard/kcc-2008"') ||
        !view2008.includes('fold--directorate')
      )
        throw new Error("the 2008 view's HTML is not its own folded page");

      // The same page with scripts turned off: what a reader sees before JavaScript arrives.
      const browser = page.context().browser();
      if (!browser) throw new Error('no browser to open a page without scripts');
      const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
      try {
        const still = await withoutScripts.newPage();
        await still.goto(new URL('/dashboard', baseUrl).href);
        await expectVisible(
          still.getByRole('heading', { level: 1, name: 'Performance dashboard' }),
          'the dashboard heading without scripts',
        );
        await expectVisible(
          still.getByRole('region', { name: 'Indicators', exact: true }).getByRole('table'),
          'the indicators table without scripts',
        );
        const rows = await still.getByRole('rowheader').count();
        if (rows < 10) throw new Error(`only ${rows} indicator rows without scripts`);
      } finally {
        await withoutScripts.close();
      }
    },
  },
  {
    name: 'the server draws the first view of any address, query included',
    target: 'server',
    async run({ page, baseUrl }) {
      for (const [path, words] of [
        ['/dashboard/kcc-2008?status=red', '<table'],
        ['/compare/bvpi-178?group=all', '<table'],
        ['/indicators/paf-c32', 'Older People aged 65 and over helped to live at home'],
      ] as const) {
        const response = await page.request.get(new URL(path, baseUrl).href, {
          headers: { accept: 'text/html' },
        });
        const html = await response.text();
        const root = /<div id="root">([\s\S]*)<\/div>\s*<script type="application\/json"/.exec(
          html,
        );
        if (!root?.[1]?.includes(words))
          throw new Error(`the server's HTML for ${path} has no "${words}" inside #root`);
        const data =
          /<script type="application\/json" id="ragstone-prerendered">([^<]*)<\/script>/.exec(
            html,
          )?.[1];
        const drawnFor =
          data === undefined ? undefined : (JSON.parse(data) as { address?: unknown }).address;
        if (drawnFor !== path)
          throw new Error(
            `the server's HTML for ${path} does not carry the data it was drawn from`,
          );
        if (!html.includes('<meta name="ragstone-transport" content="http"'))
          throw new Error(`the server's HTML for ${path} does not say to use the live API`);
      }
      // The old form of the 2008 view's address (ADR 0091) is sent on by the server itself.
      const moved = await page.request.get(
        new URL('/dashboard?structure=kcc-2008&status=red', baseUrl).href,
        { headers: { accept: 'text/html' }, maxRedirects: 0 },
      );
      if (moved.status() !== 301 || moved.headers().location !== '/dashboard/kcc-2008?status=red')
        throw new Error(
          `the old 2008 address answered ${moved.status()} to ${moved.headers().location ?? 'nowhere'}`,
        );
      // And so is the old form of a comparison's address (ADR 0093).
      const movedComparison = await page.request.get(
        new URL('/compare?indicator=bvpi-178&group=all', baseUrl).href,
        { headers: { accept: 'text/html' }, maxRedirects: 0 },
      );
      if (
        movedComparison.status() !== 301 ||
        movedComparison.headers().location !== '/compare/bvpi-178?group=all'
      )
        throw new Error(
          `the old comparison address answered ${movedComparison.status()} to ${movedComparison.headers().location ?? 'nowhere'}`,
        );
    },
  },
  {
    name: 'the prerendered pages hydrate without a mismatch and then respond',
    timeout: 180_000,
    async run({ page, baseUrl }) {
      const trouble = collectHydrationTrouble(page);
      const server = await isServer(page, baseUrl);
      for (const path of [
        '/',
        '/dashboard',
        '/dashboard/kcc-2008',
        '/organisation/kcc-2008/cfe',
        '/indicators/paf-c32',
        '/compare',
        '/compare/bvpi-178',
        // The server draws addresses with a query too; a static host sends the plain page.
        ...(server ? ['/dashboard/kcc-2008?status=red', '/compare/bvpi-178?group=all'] : []),
      ]) {
        await open(page, baseUrl, path);
        if (trouble.length > 0) throw new Error(`${path}: ${trouble.join('\n')}`);
      }
      // The prerendered dashboard answers its controls once hydrated.
      await open(page, baseUrl, '/dashboard');
      await page
        .getByRole('search', { name: 'Filter indicators' })
        .getByLabel('Status')
        .selectOption({ label: 'Red' });
      await settle(page);
      if (new URL(page.url()).searchParams.get('status') !== 'red')
        throw new Error(`choosing Red did not reach the address: ${page.url()}`);
      if (trouble.length > 0) throw new Error(trouble.join('\n'));
      await checkPage(page, 'prerendered dashboard filtered');
    },
  },
  {
    name: 'an address the build did not draw gets its own page, not the home page',
    target: 'static',
    async run({ page, baseUrl }) {
      const response = await page.request.get(new URL('/search?q=waste', baseUrl).href, {
        headers: { accept: 'text/html' },
      });
      if (!(await response.text()).includes('<div id="root"></div>'))
        throw new Error('the search address was not given the plain app page');
      // The old form of a comparison's address (ADR 0093): sent on to the comparison's own page.
      await open(page, baseUrl, '/compare?indicator=bvpi-178&group=all');
      const moved = new URL(page.url());
      if (moved.pathname !== '/compare/bvpi-178' || moved.searchParams.get('group') !== 'all')
        throw new Error(`the old comparison address went to ${page.url()}`);
      // The old form of the 2008 view's address (ADR 0091): sent on to the view's own page.
      await open(page, baseUrl, '/dashboard?structure=kcc-2008');
      if (new URL(page.url()).pathname !== '/dashboard/kcc-2008')
        throw new Error(`the old 2008 address went to ${page.url()}`);
      await expectVisible(
        page.getByRole('search', { name: 'Filter indicators' }),
        'the filters of the 2008 view',
      );
      const structure = await page
        .getByRole('search', { name: 'Filter indicators' })
        .getByLabel('Organisation structure')
        .evaluate((element) =>
          element instanceof HTMLSelectElement ? (element.selectedOptions[0]?.value ?? '') : '',
        );
      if (structure !== 'kcc-2008')
        throw new Error(`the 2008 address shows the structure "${structure}"`);
    },
  },
];
