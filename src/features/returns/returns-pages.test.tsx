import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { writeMockReturn } from '@mocks/returns-store';
import { signInMockPerson } from '@mocks/session-handlers';
import { renderApp } from '@test/render-app';

const DEATHS = 'cc2012-deaths-registered-within-5-days';
const LIBRARIES = {
  structureId: 'cc-2012',
  nodeId: 'libraries-archives-and-registration-services',
};

const person = (id: string, name: string, role: 'contributor' | 'approver', nodeId?: string) => ({
  id,
  email: `${id}@example.org`,
  name,
  grants: [{ role, unit: nodeId ? { structureId: 'cc-2012', nodeId } : LIBRARIES }],
});

test('a contributor cannot submit a red figure without a commentary, then submits it with one', async () => {
  signInMockPerson(person('carol', 'Carol Contributor', 'contributor'));
  const { user } = renderApp(`/indicators/${DEATHS}?returnPeriod=2012-05`);
  const panel = await screen.findByRole('region', { name: 'Returns' });
  expect(within(panel).getByRole('heading', { name: 'Return for May 2012' })).toBeInTheDocument();
  await user.type(within(panel).getByLabelText('Figure for May 2012'), '60');
  await user.click(within(panel).getByRole('button', { name: 'Submit for approval' }));

  expect(await within(panel).findByText(/Status once published:/)).toBeInTheDocument();
  expect(within(panel).getByLabelText(/^Commentary/)).toHaveAccessibleDescription(
    /A red figure needs a commentary saying why/,
  );
  expect(within(panel).getByText(/Red: 60%/)).toBeInTheDocument();
  expect(within(panel).getByText('Draft (not published)')).toBeInTheDocument();
  expect(within(panel).queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();

  await user.type(within(panel).getByLabelText(/^Commentary/), 'Two registrars off sick.');
  await user.click(within(panel).getByRole('button', { name: 'Submit for approval' }));
  expect(await within(panel).findByText(/Submitted 60% for May 2012/)).toBeInTheDocument();
  expect(within(panel).queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();
});

test('a contributor for another unit sees no Save button and why', async () => {
  signInMockPerson(person('otto', 'Otto Other', 'contributor', 'customer-relationship-unit'));
  renderApp(`/indicators/${DEATHS}`);
  expect(
    await screen.findByText(/Otto Other, who is not a contributor or approver/),
  ).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Submit/ })).not.toBeInTheDocument();
});

test('an approver returns a submitted figure with a reason from the queue', async () => {
  writeMockReturn({
    indicatorId: DEATHS,
    area: 'kent',
    period: '2012-05',
    status: 'submitted',
    value: 60,
    commentary: 'Two registrars off sick.',
    submittedBy: 'carol',
    returnReason: null,
    updatedBy: 'Carol Contributor',
    updatedAt: '2012-06-10T09:00:00.000Z',
    version: 2,
  });
  signInMockPerson(person('alan', 'Alan Approver', 'approver'));
  const { user } = renderApp('/returns/approvals?today=2012-06-10');
  await screen.findByText('1 figure waiting for your approval.');
  const item = screen
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('heading', { name: /deaths registered/i }));
  if (!item) throw new Error('the submitted figure is not in the queue');
  expect(within(item).getByText('Carol Contributor')).toBeInTheDocument();
  expect(within(item).getByText(/Red: 60%/)).toBeInTheDocument();

  await user.click(within(item).getByRole('button', { name: /Return with reason/ }));
  expect(await within(item).findByText(/Say why the figure is being returned/)).toBeInTheDocument();
  await user.type(within(item).getByLabelText('Reason for returning it'), 'Check the May count.');
  await user.click(within(item).getByRole('button', { name: /Return with reason/ }));
  expect(await screen.findByText('Nothing is waiting for your approval.')).toBeInTheDocument();

  signInMockPerson(person('carol', 'Carol Contributor', 'contributor'));
  renderApp('/returns?today=2012-06-10');
  const returned = await screen.findByRole('region', { name: /Returned to you for correction/ });
  expect(within(returned).getByText(/Check the May count\./)).toBeInTheDocument();
  expect(
    within(returned).getByRole('link', { name: /deaths registered.*May 2012/i }),
  ).toHaveAttribute('href', expect.stringContaining('returnPeriod=2012-05'));
});
