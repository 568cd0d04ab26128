import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '@mocks/node';
import { resetMocks } from '@mocks/scenarios';

// The mock API assesses the whole Kent dataset on first use, which takes seconds in jsdom on a
// busy 2-core machine: findBy*/waitFor wait up to 15 s (the test itself may take 30 s, set in
// vite.config.ts), so no test sets its own timeout unless it truly needs longer.
configure({ asyncUtilTimeout: 15_000 });

// Every test talks to the mock API over HTTP; a request no handler knows is a failing test.
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
  resetMocks();
});

afterAll(() => {
  server.close();
});
