/**
 * Small assertions for journeys (playwright-core has no `expect`). Each waits for the
 * condition, then fails with a message naming what the user would have looked for.
 */
import type { Locator } from 'playwright-core';

export async function expectVisible(
  locator: Locator,
  what: string,
  timeout = 10_000,
): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`expected to see ${what}, but it did not appear within ${timeout / 1000}s`);
  }
}

export async function expectHidden(
  locator: Locator,
  what: string,
  timeout = 10_000,
): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'hidden', timeout });
  } catch {
    throw new Error(`expected ${what} to be gone, but it was still shown after ${timeout / 1000}s`);
  }
}

export async function expectText(
  locator: Locator,
  expected: string | RegExp,
  what: string,
  timeout = 10_000,
): Promise<void> {
  await expectVisible(locator, what, timeout);
  // A live region says "Updating the list…" while a request is out: wait for it to settle on the
  // expected words rather than reading it once, as a person would.
  const matches = (text: string) =>
    typeof expected === 'string' ? text.includes(expected) : expected.test(text);
  const deadline = Date.now() + timeout;
  let text = (await locator.first().innerText()).trim();
  while (!matches(text) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = (await locator.first().innerText()).trim();
  }
  if (!matches(text)) {
    throw new Error(
      `expected ${what} to say ${String(expected)}, but after ${timeout / 1000}s it says "${text}"`,
    );
  }
}

export async function expectCount(locator: Locator, count: number, what: string): Promise<void> {
  const actual = await locator.count();
  if (actual !== count) throw new Error(`expected ${count} ${what}, found ${actual}`);
}
