import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { setScenario } from '@mocks/scenarios';
import { renderApp } from '@test/render-app';

vi.setConfig({ testTimeout: 30_000 });
const loaded = { timeout: 15_000 };

test('with its default target, the malformed scenario breaks an indicator shown on the default page', async () => {
  setScenario('malformed');
  renderApp('/');
  const alert = await screen.findByRole('alert', {}, loaded);
  expect(alert).toHaveTextContent('One indicator could not be shown');
});
