import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderApp } from '@test/render-app';

const GRADE_1 = '/indicators/cc2012-grade-1-calls-answered-in-20-seconds';

test('a figure for a period far from the indicator’s years is saved only once the person confirms it', async () => {
  const { user } = renderApp(GRADE_1);
  const form = await screen.findByRole('region', { name: 'Record a figure' });
  await user.type(await within(form).findByLabelText('Period'), 'Jun 2102');
  await user.type(within(form).getByLabelText('Value'), '90');
  await user.click(within(form).getByRole('button', { name: 'Save figure' }));

  const confirm = await within(form).findByRole('checkbox', {
    name: 'Yes, this figure is for June 2102',
  });
  expect(confirm).toHaveAccessibleDescription(
    /June 2102 is 89 years after this indicator’s other figures/,
  );
  expect(within(form).queryByText(/Saved:/)).not.toBeInTheDocument();

  await user.click(confirm);
  await user.click(within(form).getByRole('button', { name: 'Save figure' }));
  expect(await within(form).findByText(/Saved: the figure for June 2102/)).toBeInTheDocument();
  expect(within(form).queryByRole('checkbox')).not.toBeInTheDocument();
});
