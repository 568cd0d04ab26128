import type { Page } from 'playwright-core';

/**
 * Chooses a comparator group by the start of its name: the options also say how many areas have
 * figures ('Counties in file.csv (27 with figures)'), which a journey should not have to know.
 */
export async function chooseGroup(page: Page, name: string): Promise<void> {
  const select = page.getByLabel('Compare with');
  const value = await select
    .locator('option')
    .filter({ hasText: name })
    .first()
    .getAttribute('value');
  if (value === null) throw new Error(`there is no comparator group named "${name}"`);
  await select.selectOption(value);
}
