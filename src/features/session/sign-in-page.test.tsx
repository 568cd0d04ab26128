import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { server } from '@mocks/node';
import {
  DEVELOPMENT_PASSWORD,
  DEVELOPMENT_PERSON,
  resetMockSession,
} from '@mocks/session-handlers';
import { currentLocation, renderApp } from '@test/render-app';

const GRADE_1 = '/indicators/cc2012-grade-1-calls-answered-in-20-seconds';

const header = () => screen.getByRole('banner');

test('an empty sign-in form names each missing field', async () => {
  resetMockSession(false);
  const { user } = renderApp('/sign-in');
  await user.click(await screen.findByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Check the fields marked below.');
  expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
    /Enter your email address/,
  );
  expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Enter your password/);
  expect(screen.getByLabelText('Password')).toBeInvalid();
});

test('a wrong password is refused in words, without saying which part was wrong', async () => {
  resetMockSession(false);
  const { user } = renderApp('/sign-in');
  await user.type(await screen.findByLabelText('Email address'), DEVELOPMENT_PERSON.email);
  await user.type(screen.getByLabelText('Password'), 'not the password');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'That email address and password do not match an account.',
  );
});

test('after repeated failures the page says sign-in is slowed and how long to wait', async () => {
  resetMockSession(false);
  server.use(
    http.post('*/api/auth/sign-in', () =>
      HttpResponse.json(
        { error: 'Too many attempts to sign in. Wait 30 seconds and try again.' },
        { status: 429, headers: { 'Retry-After': '30' } },
      ),
    ),
  );
  const { user } = renderApp('/sign-in');
  await user.type(await screen.findByLabelText('Email address'), DEVELOPMENT_PERSON.email);
  await user.type(screen.getByLabelText('Password'), 'guess');
  await user.keyboard('{Enter}');
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /Sign-in is slowed after repeated attempts\. Too many attempts to sign in\. Wait 30 seconds/,
  );
});

test('signing in returns to the page the person came from, and signing out hides the form', async () => {
  resetMockSession(false);
  const { user } = renderApp(GRADE_1);
  const form = await screen.findByRole('region', { name: 'Enter or approve figures' });
  expect(
    await within(form).findByText(/Contributors enter figures and approvers sign them off/),
  ).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Save figure' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();

  await user.click(within(form).getByRole('link', { name: 'Sign in to record a figure' }));
  await user.type(await screen.findByLabelText('Email address'), DEVELOPMENT_PERSON.email);
  await user.type(screen.getByLabelText('Password'), DEVELOPMENT_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));

  expect(
    await within(header()).findByText(`Signed in as ${DEVELOPMENT_PERSON.name}`),
  ).toBeInTheDocument();
  expect(currentLocation().pathname).toBe(GRADE_1);
  const again = await screen.findByRole('region', { name: 'Record a figure' });
  expect(await within(again).findByRole('button', { name: 'Save figure' })).toBeInTheDocument();

  // What a signed-in person sees of returns in progress is theirs: once they sign out it is
  // dropped, not asked for again without a session (the server would answer 401).
  expect(
    await screen.findByText(/returns are in progress|Returns in progress/),
  ).toBeInTheDocument();
  const askedAfterSignOut: string[] = [];
  const listen = ({ request }: { request: Request }) => {
    askedAfterSignOut.push(new URL(request.url).pathname);
  };
  // The button's code loads once someone is signed in (ADR 0087).
  const signOut = await within(header()).findByRole('button', { name: 'Sign out' });
  server.events.on('request:start', listen);
  try {
    await user.click(signOut);
    expect(await within(header()).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(within(again).queryByRole('button', { name: 'Save figure' })).not.toBeInTheDocument();
    // Give any refetch the sign-out set off time to be sent.
    await new Promise((done) => setTimeout(done, 50));
  } finally {
    server.events.removeListener('request:start', listen);
  }
  expect(
    askedAfterSignOut.filter((path) => /\/api\/(returns|return-batches)\b/.test(path)),
  ).toEqual([]);
});

test('a write refused with 403 says the person may not change this indicator', async () => {
  server.use(
    http.post('*/api/indicators/:id/actuals', () =>
      HttpResponse.json(
        { error: 'You are not a contributor or approver for this indicator.' },
        { status: 403 },
      ),
    ),
  );
  const { user } = renderApp(GRADE_1);
  const form = await screen.findByRole('region', { name: 'Record a figure' });
  await user.type(await within(form).findByLabelText('Period'), 'June 2012');
  await user.type(within(form).getByLabelText('Value'), '78.5');
  await user.click(within(form).getByRole('button', { name: 'Save figure' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent(
    /You may not change this indicator’s figures, so nothing was saved\. You are not a contributor/,
  );
});

test('a write refused with 401 asks the person to sign in, with a link', async () => {
  server.use(
    http.post('*/api/indicators/:id/actuals', () =>
      HttpResponse.json({ error: 'Sign in to change figures.' }, { status: 401 }),
    ),
  );
  const { user } = renderApp(GRADE_1);
  const form = await screen.findByRole('region', { name: 'Record a figure' });
  await user.type(await within(form).findByLabelText('Period'), 'June 2012');
  await user.type(within(form).getByLabelText('Value'), '78.5');
  await user.click(within(form).getByRole('button', { name: 'Save figure' }));
  const alert = await within(form).findByRole('alert');
  expect(alert).toHaveTextContent(/Your session has ended, so the figure was not saved/);
  expect(
    within(alert).getByRole('link', { name: 'Sign in to record a figure' }),
  ).toBeInTheDocument();
});
