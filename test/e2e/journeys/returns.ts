/**
 * The return cycle of issue 10 in a real browser against the Ragstone server: the administrator
 * creates a contributor and an approver for Libraries, a viewer and a contributor for another unit;
 * the contributor sees her overdue returns on the exceptions page and enters May 2012 for two Libraries indicators (the red one is refused without a
 * commentary) and submits; the approver returns one with a reason; the contributor corrects and
 * resubmits; the approver approves both; the viewer sees them published; the audit log has every
 * step; the other unit's contributor sees no Save button and gets 403 from the API directly.
 */
import type { Page } from 'playwright-core';
import type { E2eTest } from '../lib/e2e-test';
import { expectHidden, expectVisible } from '../lib/expect';
import { checkPage, open, settle } from '../lib/page';
import { E2E_ADMIN } from '../lib/server';

const DEATHS = 'cc2012-deaths-registered-within-5-days';
const VISITS = 'cc2012-library-visits';
const LIBRARIES = {
  structureId: 'cc-2012',
  nodeId: 'libraries-archives-and-registration-services',
};
const CONTACT_CENTRE = { structureId: 'cc-2012', nodeId: 'customer-relationship-unit' };
const PASSWORD = 'browser journey password';
const PEOPLE = {
  carol: { email: 'carol@e2e.example.gov.uk', name: 'Carol Contributor' },
  alan: { email: 'alan@e2e.example.gov.uk', name: 'Alan Approver' },
  vera: { email: 'vera@e2e.example.gov.uk', name: 'Vera Viewer' },
  otto: { email: 'otto@e2e.example.gov.uk', name: 'Otto Other-Unit' },
} as const;
type Person = (typeof PEOPLE)[keyof typeof PEOPLE] | typeof E2E_ADMIN;

async function signIn(page: Page, baseUrl: string, person: Person, password = PASSWORD) {
  await open(page, baseUrl, '/sign-in');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
  await expectVisible(
    page.getByRole('banner').getByText(`Signed in as ${person.name}`),
    `${person.name} signed in`,
  );
  await settle(page);
}

async function signOut(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expectVisible(
    page.getByRole('banner').getByRole('link', { name: 'Sign in' }),
    'signed out',
  );
}

/** A same-origin API call from the page, with the session cookie and CSRF token, as the app makes. */
async function api(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string | null };
      const response = await fetch(path, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(me.csrfToken ? { 'x-csrf-token': me.csrfToken } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return {
        status: response.status,
        json: (await response.json().catch(() => null)) as unknown,
      };
    },
    { method, path, body },
  );
}

async function openReturn(page: Page, baseUrl: string, indicatorId: string) {
  await open(page, baseUrl, `/indicators/${indicatorId}`);
  const panel = page.getByRole('region', { name: 'Returns', exact: true });
  await panel.getByLabel('Period of the return').fill('May 2012');
  await panel.getByRole('button', { name: 'Open this period' }).click();
  await expectVisible(
    panel.getByRole('heading', { name: 'Return for May 2012' }),
    'the May return',
  );
  return panel;
}

export const tests: E2eTest[] = [
  {
    name: 'returns: contributor enters and submits, approver returns one, contributor corrects, approver approves, viewer sees it, audit has every step',
    target: 'server',
    changesPublishedFigures: true,
    timeout: 300_000,
    // On purpose: the red figure without a commentary (422), and the other unit's direct write (403).
    allowConsoleErrors: [/status of 422/, /status of 403/],
    async run({ page, baseUrl }) {
      // The administrator creates the four people (the people screen is another helper's).
      await signIn(page, baseUrl, E2E_ADMIN, E2E_ADMIN.password);
      const grants = {
        carol: [{ role: 'contributor', unit: LIBRARIES }],
        alan: [{ role: 'approver', unit: LIBRARIES }],
        vera: [{ role: 'viewer' }],
        otto: [{ role: 'contributor', unit: CONTACT_CENTRE }],
      };
      for (const [key, person] of Object.entries(PEOPLE)) {
        const created = await api(page, 'POST', '/api/admin/people', {
          ...person,
          password: PASSWORD,
          grants: grants[key as keyof typeof grants],
        });
        if (created.status !== 201 && created.status !== 200) {
          throw new Error(`creating ${person.email} answered ${created.status}`);
        }
      }
      await signOut(page);

      // The contributor: My returns from the header, then the red figure refused without a commentary.
      await signIn(page, baseUrl, PEOPLE.carol);
      await page.getByRole('banner').getByRole('link', { name: 'My returns' }).click();
      await expectVisible(
        page.getByRole('heading', { name: 'My returns', level: 1 }),
        'My returns',
      );
      await settle(page);
      await checkPage(page, 'returns my returns');

      // The exceptions page lists what is overdue from her units, linking to the return.
      await open(page, baseUrl, '/exceptions');
      const overdue = page.getByRole('region', { name: /Overdue returns/ });
      const overdueDeaths = overdue.getByRole('link', { name: /deaths registered within 5 days/i });
      await expectVisible(overdueDeaths.first(), 'an overdue return on the exceptions page');
      await expectVisible(overdue.getByText(/^Was due \d+ \w+ \d{4}\.$/).first(), 'its due date');
      await checkPage(page, 'returns overdue on the exceptions page');

      let panel = await openReturn(page, baseUrl, DEATHS);
      await panel.getByLabel('Figure for May 2012').fill('60');
      await panel.getByRole('button', { name: 'Submit for approval' }).click();
      await expectVisible(
        panel.getByText(/A red figure needs a commentary saying why/).first(),
        'the refusal of a red figure without a commentary',
      );
      await expectVisible(panel.getByText('Status once published:'), 'the status it would get');
      await expectVisible(panel.getByText(/Red: 60%/).first(), 'Red, with its reason');
      await checkPage(page, 'returns red figure refused without commentary');
      await panel
        .getByLabel('Commentary')
        .fill('Two registrars on long-term sick leave; cover agreed with Medway from June.');
      await panel.getByRole('button', { name: 'Submit for approval' }).click();
      await expectVisible(
        panel.getByText(/Submitted 60% for May 2012/),
        'the red figure submitted',
      );

      panel = await openReturn(page, baseUrl, VISITS);
      await panel.getByLabel('Figure for May 2012').fill('540000');
      await panel.getByLabel('Commentary').fill('Two branches closed for refurbishment.');
      await panel.getByRole('button', { name: 'Submit for approval' }).click();
      await expectVisible(panel.getByText(/Submitted 540,000/), 'the visits figure submitted');
      await checkPage(page, 'returns submitted');
      await signOut(page);

      // The approver returns the visits figure with a reason from the approval queue.
      await signIn(page, baseUrl, PEOPLE.alan);
      await open(page, baseUrl, '/returns/approvals');
      await expectVisible(page.getByText('2 figures waiting for your approval.'), 'the queue');
      await checkPage(page, 'returns approval queue');
      const visitsItem = page
        .getByRole('listitem')
        .filter({ hasText: 'Number of physical visits' });
      await visitsItem
        .getByLabel('Reason for returning it')
        .fill('May visits look high: check the Maidstone counter.');
      await visitsItem.getByRole('button', { name: /Return with reason/ }).click();
      await expectVisible(page.getByText('1 figure waiting for your approval.'), 'one left');
      await signOut(page);

      // The contributor sees the reason first in My returns, corrects and resubmits.
      await signIn(page, baseUrl, PEOPLE.carol);
      await open(page, baseUrl, '/returns?today=2012-06-10');
      const returned = page.getByRole('region', { name: /Returned to you for correction/ });
      await expectVisible(
        returned.getByText(/check the Maidstone counter/),
        'the returned figure, with the reason, in My returns',
      );
      await checkPage(page, 'returns my returns with a returned figure');
      await returned.getByRole('link', { name: /May 2012/ }).click();
      panel = page.getByRole('region', { name: 'Returns', exact: true });
      await expectVisible(panel.getByText(/Returned for correction:/), 'the reason on the page');
      await panel.getByLabel('Figure for May 2012').fill('512000');
      await panel.getByRole('button', { name: 'Submit for approval' }).click();
      await expectVisible(panel.getByText(/Submitted 512,000/), 'the corrected figure resubmitted');
      await signOut(page);

      // The approver approves both, which publishes them.
      await signIn(page, baseUrl, PEOPLE.alan);
      await open(page, baseUrl, '/returns/approvals');
      await expectVisible(page.getByText('2 figures waiting for your approval.'), 'both waiting');
      for (const title of ['Number of physical visits', 'deaths registered']) {
        await page
          .getByRole('listitem')
          .filter({ hasText: title })
          .getByRole('button', { name: /Approve and publish/ })
          .click();
        await settle(page);
      }
      await expectVisible(page.getByText('Nothing is waiting for your approval.'), 'queue empty');
      await signOut(page);

      // A viewer sees the approved figures, with their status, and no Save button.
      await signIn(page, baseUrl, PEOPLE.vera);
      await open(page, baseUrl, `/indicators/${DEATHS}?view=table`);
      await expectVisible(page.getByRole('cell', { name: '60%' }).first(), 'the published 60%');
      await expectHidden(page.getByRole('button', { name: 'Save draft' }), 'no Save for a viewer');
      const published = (await api(page, 'GET', `/api/indicators/${VISITS}`)).json as {
        observations: { period: string; value: number | null; measure: string; basis: string }[];
      };
      const may = published.observations.find(
        (o) => o.period === '2012-05' && o.measure === 'actual' && o.basis === 'period',
      );
      if (may?.value !== 512000) throw new Error(`the viewer sees May visits as ${may?.value}`);
      await checkPage(page, 'returns viewer sees published figure');
      await signOut(page);

      // The other unit's contributor: no Save button, and 403 from the API directly.
      await signIn(page, baseUrl, PEOPLE.otto);
      await open(page, baseUrl, `/indicators/${DEATHS}`);
      await expectVisible(
        page.getByText(/who is not a contributor or approver for a unit responsible/),
        'why there is no form',
      );
      await expectHidden(page.getByRole('button', { name: 'Save draft' }), 'no Save draft');
      await expectHidden(page.getByRole('button', { name: 'Save figure' }), 'no Save figure');
      const direct = await api(page, 'PUT', `/api/returns/${DEATHS}`, {
        period: '2012-06',
        value: 99,
      });
      if (direct.status !== 403) throw new Error(`the other unit's save answered ${direct.status}`);
      await signOut(page);

      // The audit log has every step, in order.
      await signIn(page, baseUrl, E2E_ADMIN, E2E_ADMIN.password);
      const audit = (await api(page, 'GET', '/api/admin/audit')).json as {
        entries: { action: string; actorName: string; subject: string; reason: string }[];
      };
      const steps = audit.entries
        // Only this journey's people: other server journeys share the database and its log.
        .filter(
          (entry) =>
            entry.action.startsWith('return.') &&
            [PEOPLE.carol.name, PEOPLE.alan.name].some((name) => name === entry.actorName),
        )
        .reverse()
        .map((entry) => `${entry.actorName} ${entry.action} ${entry.subject.split(' ')[0] ?? ''}`);
      const expected = [
        `Carol Contributor return.save ${DEATHS}`,
        `Carol Contributor return.save ${DEATHS}`,
        `Carol Contributor return.submit ${DEATHS}`,
        `Carol Contributor return.save ${VISITS}`,
        `Carol Contributor return.submit ${VISITS}`,
        `Alan Approver return.return ${VISITS}`,
        `Carol Contributor return.save ${VISITS}`,
        `Carol Contributor return.submit ${VISITS}`,
        `Alan Approver return.approve ${VISITS}`,
        `Alan Approver return.approve ${DEATHS}`,
      ];
      if (JSON.stringify(steps) !== JSON.stringify(expected)) {
        throw new Error(`the audit log reads:\n${steps.join('\n')}`);
      }
    },
  },
];
