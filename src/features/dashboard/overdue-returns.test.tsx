import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { writeMockReturn } from '@mocks/returns-store';
import { resetMockSession, signInMockPerson } from '@mocks/session-handlers';
import { currentLocation, renderApp } from '@test/render-app';

const DEATHS = 'cc2012-deaths-registered-within-5-days';

/** A month that is overdue whenever the test runs: two months before this one. */
function twoMonthsAgo(): { period: string; words: RegExp } {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - 2);
  const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return {
    period: date.toISOString().slice(0, 7),
    words: new RegExp(`deaths.*, ${month} ${date.getUTCFullYear()}$`, 'i'),
  };
}

test('a contributor sees their overdue returns on the exceptions page, with a link to enter each', async () => {
  const overdue = twoMonthsAgo();
  writeMockReturn({
    indicatorId: DEATHS,
    area: 'kent',
    period: overdue.period,
    status: 'returned',
    value: 60,
    commentary: null,
    submittedBy: 'carol',
    returnReason: 'Check the May count.',
    updatedBy: 'Alan Approver',
    updatedAt: '2012-06-10T09:00:00.000Z',
    version: 3,
  });
  signInMockPerson({
    id: 'carol',
    email: 'carol@example.org',
    name: 'Carol Contributor',
    grants: [
      {
        role: 'contributor',
        unit: { structureId: 'cc-2012', nodeId: 'libraries-archives-and-registration-services' },
      },
    ],
  });
  renderApp('/exceptions');
  const section = await screen.findByRole('region', { name: /Overdue returns/ });
  const link = within(section).getByRole('link', {
    name: overdue.words,
  });
  expect(link).toHaveAttribute('href', expect.stringContaining(`/indicators/${DEATHS}`));
  expect(link).toHaveAttribute('href', expect.stringContaining(`returnPeriod=${overdue.period}`));
  const item = within(section)
    .getAllByRole('listitem')
    .find((candidate) => within(candidate).queryByRole('link', { name: overdue.words }));
  if (!item) throw new Error('The overdue return is not in a list item.');
  expect(within(item).getByText(/^Was due \d+ \w+ \d{4}\.$/)).toBeInTheDocument();
  expect(
    within(item).getByText(/Returned to the unit's contributors.*Check the May count/),
  ).toBeInTheDocument();
});

test('signed out, the exceptions page says nothing about returns', async () => {
  resetMockSession(false);
  renderApp('/exceptions');
  await screen.findByRole('navigation', { name: 'Exception types' });
  expect(screen.queryByRole('region', { name: /Overdue returns/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: /Overdue returns/ })).not.toBeInTheDocument();
  expect(screen.queryByText(/returns is overdue/)).not.toBeInTheDocument();
});

test('an administrator pages through every overdue return and narrows them to one unit, all in the address', async () => {
  const { user } = renderApp('/exceptions');
  const section = await screen.findByRole(
    'region',
    { name: /Overdue returns/ },
    { timeout: 25_000 },
  );
  const showing = await within(section).findByText(/^Showing 1 to 20 of \d+, oldest due first\.$/);
  const total = Number(/of (\d+)/.exec(showing.textContent)?.[1]);
  expect(total).toBeGreaterThan(20);
  const returnLinks = () =>
    within(section).getAllByRole('link', { name: /, (\w+ \d{4}|\d{4}\/\d{2}( Q\d)?)$/ });
  expect(returnLinks()).toHaveLength(20);

  const pages = within(section).getByRole('navigation', { name: 'Pages of overdue returns' });
  expect(within(pages).getByText(/^Page 1 of \d+$/)).toBeInTheDocument();
  await user.click(within(pages).getByRole('link', { name: 'Next page of overdue returns' }));
  expect(
    await within(section).findByText(new RegExp(`^Showing 21 to \\d+ of ${String(total)}, `)),
  ).toBeInTheDocument();
  expect(currentLocation().search).toMatchObject({ overduePage: 2 });

  await user.selectOptions(
    screen.getByLabelText('Directorate, division or unit'),
    'libraries-archives-and-registration-services',
  );
  const narrowed = await screen.findByRole('region', { name: /Overdue returns/ });
  expect(
    await within(narrowed).findByText(
      /owned by Libraries, Archives and Registration Services and the units below it/,
    ),
  ).toBeInTheDocument();
  const count = Number(within(narrowed).getByRole('heading').textContent.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(total);
  expect(
    within(narrowed).getAllByRole('link', {
      name: /library|libraries|book|registration|archive|death|birth/i,
    }).length,
  ).toBeGreaterThan(0);
  expect(currentLocation().search).toMatchObject({
    node: 'libraries-archives-and-registration-services',
  });
  expect(currentLocation().search.overduePage).toBeUndefined();
});
