/**
 * Helpers journeys use on every page they visit: open a route and wait until the data has
 * arrived, check the 320 px reflow (WCAG 1.4.10), take the screenshots people review, and
 * `checkPage`, which does all the page-level checks in one call.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe';

export const DESKTOP = { width: 1366, height: 768 };
export const NARROW = { width: 320, height: 640 };
export const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

/** Opens a path of the app and waits until the network is quiet and nothing is aria-busy. */
export async function open(page: Page, baseUrl: string, path = '/'): Promise<void> {
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  await settle(page);
}

/** Waits for pending requests and loading states (aria-busy) to finish after an interaction. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, null, {
    timeout: 10_000,
  });
}

export function screenshotName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

async function withViewport<T>(
  page: Page,
  size: { width: number; height: number },
  action: () => Promise<T>,
): Promise<T> {
  const before = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(size);
  try {
    // Let layout and resize observers (charts) catch up before measuring or capturing.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    return await action();
  } finally {
    await page.setViewportSize(before);
  }
}

/** Full-page screenshots at 1366×768 and 320 px wide: `<name>-1366.png`, `<name>-320.png`. */
export async function takeScreenshots(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const base = join(screenshotDir, screenshotName(name));
  await withViewport(page, DESKTOP, () =>
    page.screenshot({ path: `${base}-1366.png`, fullPage: true }),
  );
  await withViewport(page, NARROW, () =>
    page.screenshot({ path: `${base}-320.png`, fullPage: true }),
  );
}

/** At 320 px wide the page must not scroll sideways; names the widest offenders if it does. */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const overflow = await withViewport(page, NARROW, () =>
    // No named functions inside: tsx would wrap them in a helper that does not exist in the page.
    page.evaluate((limit) => {
      const scrolling = document.scrollingElement ?? document.documentElement;
      if (scrolling.scrollWidth <= limit + 1) return null;
      const offenders = [...document.body.querySelectorAll('*')]
        .map((element) => ({ element, right: element.getBoundingClientRect().right }))
        .filter(({ right }) => right > limit + 1)
        // The innermost wide elements are the ones to fix, not every ancestor that holds them.
        .filter(({ element }) =>
          [...element.children].every((child) => child.getBoundingClientRect().right <= limit + 1),
        )
        .sort((a, b) => b.right - a.right)
        .slice(0, 5)
        .map(({ element, right }) => {
          const id = element.id ? `#${element.id}` : '';
          const classes =
            typeof element.className === 'string' && element.className.trim()
              ? `.${element.className.trim().split(/\s+/).join('.')}`
              : '';
          return `${element.tagName.toLowerCase()}${id}${classes} reaches ${Math.round(right)}px`;
        });
      return { width: scrolling.scrollWidth, offenders };
    }, NARROW.width),
  );
  if (overflow) {
    throw new Error(
      `${label}: at ${NARROW.width}px wide the page scrolls sideways (${overflow.width}px wide):\n` +
        overflow.offenders.map((offender) => `      ${offender}`).join('\n'),
    );
  }
}

/** The checks every page visited gets: axe (WCAG 2.2 AA), reflow at 320 px, screenshots. */
export async function checkPage(page: Page, label: string): Promise<void> {
  await expectNoAxeViolations(page, label);
  await expectNoHorizontalScroll(page, label);
  await takeScreenshots(page, label);
}
