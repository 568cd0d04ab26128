import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ReasonField, reasonProblem, yearStartedOn } from './reason-field';

/** A form as the admin pages use the field: it checks the reason on submit. */
function ChangeForm({ year, today }: { year: string; today: string }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const startedOn = yearStartedOn(year, today);
  return (
    <form
      aria-label="Change a target"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setError(reasonProblem(year, startedOn, reason, 'target'));
      }}
    >
      <ReasonField
        id="change-reason"
        year={year}
        startedOn={startedOn}
        error={error}
        textarea={{
          value: reason,
          onChange: (event) => {
            setReason(event.target.value);
          },
        }}
      />
      <button type="submit">Save target</button>
    </form>
  );
}

test('before the year starts the reason is optional and the hint says where it is kept', async () => {
  const user = userEvent.setup();
  render(<ChangeForm year="2030/31" today="2026-12-06" />);
  const reason = screen.getByRole('textbox', { name: 'Reason (optional)' });
  expect(reason).toHaveAccessibleDescription('Kept in the history and the audit log.');
  await user.click(screen.getByRole('button', { name: 'Save target' }));
  expect(reason).not.toBeInvalid();
  expect(screen.queryByText(/say why/)).not.toBeInTheDocument();
});

test('once the year has started an empty reason is refused, and the person hears why', async () => {
  const user = userEvent.setup();
  render(<ChangeForm year="2012/13" today="2012-06-30" />);
  const reason = screen.getByRole('textbox', { name: 'Reason' });
  expect(reason).toHaveAccessibleDescription(
    '2012/13 started on 1 April 2012, so a change needs a reason. It is kept in the history and shown on the indicator page.',
  );

  await user.click(screen.getByRole('button', { name: 'Save target' }));
  expect(reason).toBeInvalid();
  expect(reason).toHaveAccessibleDescription(
    /^Error: ?2012\/13 has already started: say why the target is changing\. 2012\/13 started on/,
  );

  await user.type(reason, 'Re-based on the 2011 census');
  await user.click(screen.getByRole('button', { name: 'Save target' }));
  expect(reason).not.toBeInvalid();
  expect(reason).toHaveAccessibleDescription(/^2012\/13 started on 1 April 2012/);
});

test('the refusal names what is changing, and a reason of spaces is no reason', () => {
  const startedOn = yearStartedOn('2012/13', '2012-04-01');
  expect(startedOn).toBe('2012-04-01');
  expect(reasonProblem('2012/13', startedOn, '   ', 'profile')).toBe(
    '2012/13 has already started: say why the profile is changing.',
  );
  expect(reasonProblem('2012/13', startedOn, 'New baseline', 'floor')).toBeUndefined();
  expect(yearStartedOn('2012/13', '2012-03-31')).toBeNull();
  expect(yearStartedOn('June 2012', '2026-01-01')).toBeNull();
});
