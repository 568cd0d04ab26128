import { screen, within } from '@testing-library/react';
import { renderApp } from '@test/render-app';

const SPRING_HEAVY = ['10', '10', '5', '8', '8', '8', '8', '8', '8', '8', '8', '8'];

test('an administrator sets a monthly profile; the year-to-date status and the indicator page follow it', async () => {
  const { user } = renderApp('/admin/indicators/cc2012-rogue-traders-disrupted');
  const section = await screen.findByRole('region', { name: 'Monthly profile' });
  expect(
    within(section).getByRole('row', { name: /^2012\/13 From the dataset: .*flat profile/ }),
  ).toBeInTheDocument();
  const form = within(section).getByRole('form', { name: 'Set the monthly profile' });
  const months = within(form).getByRole('group', { name: /Share of the year’s target/ });
  expect(within(months).getAllByRole('textbox')).toHaveLength(12);

  for (const [index, share] of SPRING_HEAVY.entries()) {
    const input = within(months).getAllByRole('textbox')[index] as HTMLElement;
    await user.type(input, share);
  }
  expect(within(months).getByText('Total: 97% (must be 100%)')).toBeInTheDocument();
  await user.click(within(form).getByRole('button', { name: 'Save monthly profile' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('Check the fields marked below');
  expect(
    within(form).getByText('The shares add up to 97%; April to March must add up to 100%.'),
  ).toBeInTheDocument();
  expect(
    within(form).getByText(/2012\/13 has already started: say why the profile is changing/),
  ).toBeInTheDocument();

  const june = within(months).getByLabelText('June');
  await user.clear(june);
  await user.type(june, '8');
  expect(within(months).getByText('Total: 100%')).toBeInTheDocument();
  await user.type(within(form).getByLabelText(/^Reason/), 'Most are caught in the spring');
  await user.click(within(form).getByRole('button', { name: 'Save monthly profile' }));

  expect(await within(section).findByRole('status')).toHaveTextContent(
    'The monthly profile for 2012/13 is saved',
  );
  expect(
    await within(section).findByRole('row', {
      name: /^2012\/13 Set by administrators \(version 1\): April 10%, May 10%, June 8%/,
    }),
  ).toBeInTheDocument();
  expect(
    await within(section).findByText(
      (_, element) =>
        element?.tagName === 'LI' &&
        /set version 1 for 2012\/13 on .+: Most are caught/.test(element.textContent),
    ),
  ).toBeInTheDocument();
  // The fields now start from the saved version.
  expect(within(section).getByLabelText('April')).toHaveValue('10');

  await user.click(screen.getByRole('link', { name: 'See the indicator page' }));
  expect(
    await screen.findByText(
      /Monthly profile for 2012\/13 set on .+ by .+ \(April 10%, May 10%.*\): Most are caught in the spring/,
    ),
  ).toBeInTheDocument();
  expect(
    (await screen.findAllByText(/profile target for April to May 2012/)).length,
  ).toBeGreaterThan(0);
});

test('a share that is not a number is marked on its month', async () => {
  const { user } = renderApp('/admin/indicators/cc2012-vulnerable-consumers-supported');
  const section = await screen.findByRole('region', { name: 'Monthly profile' });
  await user.click(within(section).getByRole('button', { name: 'Fill with a flat profile' }));
  expect(within(section).getByText('Total: 100%')).toBeInTheDocument();
  const august = within(section).getByLabelText('August');
  await user.clear(august);
  await user.type(august, 'lots');
  await user.click(within(section).getByRole('button', { name: 'Save monthly profile' }));
  expect(await within(section).findByRole('alert')).toBeInTheDocument();
  expect(august).toHaveAttribute('aria-invalid', 'true');
  expect(august).toHaveAccessibleDescription(/^Error: ?August: "lots" is not a number/);
});
