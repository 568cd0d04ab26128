/** Signing in as the first administrator through the page's own sign-in form (server journeys). */
import type { Page } from 'playwright-core';
import { expectVisible } from './expect';
import { checkPage, settle } from './page';
import { E2E_ADMIN } from './server';

export async function signInThroughThePage(page: Page, checkLabel?: string): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Sign in', level: 1 }), 'the sign-in page');
  if (checkLabel) await checkPage(page, checkLabel);
  await page.getByLabel('Email address').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByLabel('Password').press('Enter');
  await expectVisible(
    page.getByRole('banner').getByText(`Signed in as ${E2E_ADMIN.name}`),
    'the signed-in name in the header',
  );
  await settle(page);
}
