/**
 * Keyboard only and 400% zoom (issue 5, "Done means"): the skip link, the filters, a row link and
 * the chart/table toggle all work from the keyboard with a visible focus on every stop; at
 * 1280×1024 zoomed to 400% (320×256 CSS pixels) nothing scrolls sideways and each page's main
 * heading can be seen.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectNoAxeViolations } from '../lib/axe';
import { expectText, expectVisible } from '../lib/expect';
import { checkPage, open, screenshotDir, screenshotName, settle } from '../lib/page';

interface Focused {
  /** e.g. `select "Status"` or `a "Skip to main content"`; `body` when nothing has focus. */
  description: string;
  /** An outline or a box-shadow is drawn, and the element has a size on screen. */
  visible: boolean;
  tag: string;
  label: string;
  className: string;
}

/** Describes the focused element and whether its focus indicator is drawn. */
async function focused(page: Page): Promise<Focused> {
  // No named functions inside: tsx would wrap them in a helper that does not exist in the page.
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return { description: 'body', visible: false, tag: 'body', label: '', className: '' };
    }
    const style = getComputedStyle(element);
    // The element's look without focus: a bare copy beside it gets the same rules, not :focus-visible.
    // A transparent outline (kept for forced-colours mode) or the element's own resting shadow is
    // no focus indicator, so each must differ from the resting look and be drawn in a colour.
    const copy = element.cloneNode(false);
    element.after(copy);
    const resting =
      copy instanceof Element
        ? {
            shadow: getComputedStyle(copy).boxShadow,
            background: getComputedStyle(copy).backgroundColor,
          }
        : { shadow: '', background: '' };
    copy.parentNode?.removeChild(copy);
    const transparent = /^rgba\(.*,\s*0\)$|^transparent$/;
    const outline =
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) > 0 &&
      !transparent.test(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== resting.shadow;
    const background =
      !transparent.test(style.backgroundColor) && style.backgroundColor !== resting.background;
    const box = element.getBoundingClientRect();
    const tag = element.tagName.toLowerCase();
    const labelled =
      element instanceof HTMLSelectElement || element instanceof HTMLInputElement
        ? (element.labels?.[0]?.textContent ?? '')
        : (element.getAttribute('aria-label') ?? (element as HTMLElement).innerText);
    const label = labelled.replace(/\s+/g, ' ').trim().slice(0, 200);
    return {
      description: `${tag} "${label}" (outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow ${style.boxShadow}, resting ${resting.shadow})`,
      visible: (outline || shadow || background) && box.width > 0 && box.height > 0,
      tag,
      label,
      className: typeof element.className === 'string' ? element.className : '',
    };
  });
}

/** Presses a key and fails unless the element that then has focus shows it. */
async function press(page: Page, key: string): Promise<Focused> {
  await page.keyboard.press(key);
  const now = await focused(page);
  if (!now.visible) throw new Error(`after ${key}, the focus on ${now.description} is not visible`);
  return now;
}

/** Tabs (forwards) until `match` says the focused element is the one wanted. */
async function tabTo(
  page: Page,
  what: string,
  match: (element: Focused) => boolean,
  limit = 150,
): Promise<Focused> {
  for (let step = 0; step < limit; step += 1) {
    const now = await press(page, 'Tab');
    if (match(now)) return now;
  }
  throw new Error(`${limit} presses of Tab did not reach ${what}`);
}

const ZOOMED = { width: 320, height: 256 };

/** The page at 400% zoom: no sideways scrolling, and the main heading on screen and uncovered. */
async function expectZoomed(page: Page, label: string): Promise<void> {
  const result = await page.evaluate((limit) => {
    const scrolling = document.scrollingElement ?? document.documentElement;
    const heading = document.querySelector('main h1');
    if (!heading) return { width: scrolling.scrollWidth, heading: null };
    heading.scrollIntoView({ block: 'center' });
    const box = heading.getBoundingClientRect();
    const top = document.elementFromPoint(
      Math.min(box.left + 4, limit - 1),
      box.top + Math.min(box.height / 2, 10),
    );
    return {
      width: scrolling.scrollWidth,
      heading: {
        text: heading.textContent,
        left: box.left,
        right: box.right,
        uncovered: top !== null && (heading === top || heading.contains(top)),
      },
    };
  }, ZOOMED.width);
  if (result.width > ZOOMED.width + 1)
    throw new Error(`${label}: at 400% zoom the page scrolls sideways (${result.width}px wide)`);
  if (!result.heading) throw new Error(`${label}: at 400% zoom there is no main heading`);
  const { heading } = result;
  if (heading.left < 0 || heading.right > ZOOMED.width + 1)
    throw new Error(
      `${label}: at 400% zoom the heading "${heading.text}" runs off the screen (${Math.round(heading.left)}–${Math.round(heading.right)}px)`,
    );
  if (!heading.uncovered)
    throw new Error(`${label}: at 400% zoom something covers the heading "${heading.text}"`);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({
    path: join(screenshotDir, `${screenshotName(label)}-320x256.png`),
    fullPage: true,
  });
}

export const tests: E2eTest[] = [
  {
    name: 'keyboard only: skip link, a filter, a row link and the chart/table toggle, with focus always visible',
    timeout: 120_000,
    async run({ page, baseUrl }) {
      await open(page, baseUrl, '/dashboard');
      const first = await press(page, 'Tab');
      if (first.tag !== 'a' || first.label !== 'Skip to main content')
        throw new Error(`the first Tab reaches ${first.description}, not the skip link`);
      await expectVisible(
        page.getByRole('link', { name: 'Skip to main content' }),
        'the skip link once focused',
      );
      await page.keyboard.press('Enter');
      const main = await page.evaluate(() => document.activeElement?.id ?? '');
      if (main !== 'main')
        throw new Error(`the skip link moved focus to "${main}", not the main region`);

      // From the main region, Tab on to the filters and choose Red by typing its first letter.
      await tabTo(
        page,
        'the Status filter',
        (element) => element.tag === 'select' && element.label === 'Status',
      );
      await page.keyboard.press('r');
      await settle(page);
      if (new URL(page.url()).searchParams.get('status') !== 'red')
        throw new Error(`typing R in the Status filter did not choose Red: ${page.url()}`);
      await expectText(
        page.getByRole('region', { name: 'Indicators', exact: true }).getByRole('status'),
        '2 indicators: status Red',
        'the count after the keyboard change',
      );
      const still = await focused(page);
      if (still.label !== 'Status')
        throw new Error(`after the filter changed, focus moved to ${still.description}`);

      // On to the first indicator in the table, and open it with Enter.
      const link = await tabTo(page, 'an indicator link', (element) =>
        element.className.includes('indicator-link'),
      );
      await page.keyboard.press('Enter');
      await settle(page);
      await expectVisible(
        page.getByRole('heading', { level: 1, name: link.label, exact: true }),
        `the page of "${link.label}"`,
      );
      await checkPage(page, 'keyboard indicator page');

      // The chart/table toggle: Enter on Table, then Space on Chart.
      await tabTo(
        page,
        'the Table button',
        (element) => element.tag === 'button' && element.label === 'Table',
      );
      await page.keyboard.press('Enter');
      await settle(page);
      await expectVisible(
        page.getByRole('table', { name: /^Every figure held for/ }),
        'the table view after Enter',
      );
      const pressed = await page
        .getByRole('button', { name: 'Table' })
        .getAttribute('aria-pressed');
      if (pressed !== 'true') throw new Error('the Table button is not marked as pressed');
      const chart = await press(page, 'Shift+Tab');
      if (chart.label !== 'Chart')
        throw new Error(`Shift+Tab reached ${chart.description}, not Chart`);
      await page.keyboard.press('Space');
      await settle(page);
      // One or two results are listed beside their target instead of drawn as a trend; either
      // way the chart view is described by the one-sentence summary a screen reader hears.
      const chartView = page
        .getByRole('img', { name: 'Trend chart' })
        .or(page.getByRole('table', { name: /too few to draw a trend/ }));
      await expectVisible(chartView, 'the chart view after Space');
      const after = await focused(page);
      if (after.label !== 'Chart' || !after.visible)
        throw new Error(`after switching view, focus is on ${after.description}`);
      const described = await chartView.evaluate((element) => {
        const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      });
      if (!described.includes('67% in May 2012. It is rated Red'))
        throw new Error(`the chart view is described to screen readers as "${described}"`);
    },
  },
  {
    name: 'every Tab stop shows its focus on the dashboard, exceptions, unit, indicator and compare pages',
    timeout: 180_000,
    async run({ page, baseUrl }) {
      for (const path of [
        '/dashboard/kcc-2008?node=kass&status=green',
        '/exceptions',
        '/organisation/cc-2012/customer-relationship-unit',
        '/indicators/paf-c32?view=table',
        '/compare/cmp-yjb-overall-performance',
      ]) {
        await open(page, baseUrl, path);
        // Tab through the page (up to 150 stops) until focus leaves it for the browser's own UI.
        for (let step = 0; step < 150; step += 1) {
          await page.keyboard.press('Tab');
          const now = await focused(page);
          if (now.tag === 'body') break;
          if (!now.visible)
            throw new Error(
              `${path}: after ${step + 1} Tabs the focus on ${now.description} is not visible`,
            );
        }
      }
    },
  },
  {
    name: '400% zoom (320×256): dashboard, indicator and compare pages reflow with the heading in view',
    timeout: 120_000,
    async run({ page, baseUrl }) {
      await page.setViewportSize(ZOOMED);
      for (const [path, label] of [
        ['/', 'zoom 400 overview'],
        ['/dashboard', 'zoom 400 dashboard'],
        ['/?structure=kcc-2008&node=kass&status=green', 'zoom 400 dashboard filtered'],
        ['/indicators/cc2012-grade-1-calls-answered-in-20-seconds', 'zoom 400 indicator chart'],
        [
          '/indicators/cc2012-grade-1-calls-answered-in-20-seconds?view=table',
          'zoom 400 indicator table',
        ],
        ['/compare/cmp-yjb-overall-performance', 'zoom 400 compare'],
      ] as const) {
        await open(page, baseUrl, path);
        await expectZoomed(page, label);
        await expectNoAxeViolations(page, label);
      }
    },
  },
];
