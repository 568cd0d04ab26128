/** Signing in through the page's own sign-in form, as the first administrator or anyone else (server journeys). */
import type { Page } from 'playwright-core';
import { expectVisible } from './expect';
import { checkPage, settle } from './page';
import { E2E_ADMIN } from './server';

export interface E2ePerson {
  email: string;
  name: string;
  password: string;
}

/** Signs in from the header's link, as a person would; `checkLabel` also checks the sign-in page. */
export async function signInThroughThePage(
  page: Page,
  checkLabel?: string,
  person: E2ePerson = E2E_ADMIN,
): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Sign in', level: 1 }), 'the sign-in page');
  if (checkLabel) await checkPage(page, checkLabel);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByLabel('Password').press('Enter');
  await expectVisible(
    page.getByRole('banner').getByText(`Signed in as ${person.name}`),
    'the signed-in name in the header',
  );
  await settle(page);
}
