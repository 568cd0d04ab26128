import { screen } from '@testing-library/react';
import { renderApp } from '@test/render-app';

test('where the paper printed a RAG that Ragstone does not give, the page shows both', async () => {
  renderApp('/indicators/cc2012-library-visits');
  // The month and the year to date: both printed Amber, neither can be rated from the paper's figures.
  const notes = await screen.findAllByText(/; Ragstone does not rate it/);
  expect(notes).toHaveLength(2);
  for (const note of notes) expect(note).toHaveTextContent('The paper printed Amber');
  expect(screen.getAllByText(/^Not rated: /)).toHaveLength(2);
});

test('where ours matches the paper, it says so quietly', async () => {
  renderApp('/indicators/cc2012-grade-1-calls-answered-in-20-seconds');
  expect(await screen.findAllByText('The paper printed Red too.')).toHaveLength(2);
});
