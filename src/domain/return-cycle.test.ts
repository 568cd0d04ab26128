import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyReturnAction,
  availableReturnActions,
  describeReturnStatus,
  RETURN_STATUSES,
  type ReturnAction,
  type ReturnActor,
  type ReturnState,
} from './return-cycle';
import type { RagStatus } from './types';

const contributor: ReturnActor = { id: 'cat', mayEdit: true, mayApprove: false };
const approver: ReturnActor = { id: 'alf', mayEdit: false, mayApprove: true };
const outsider: ReturnActor = { id: 'olly', mayEdit: false, mayApprove: false };
const green = { rating: 'green' as const };
const red = { rating: 'red' as const };

function run(steps: [ReturnAction, ReturnActor, { rating: RagStatus }][]): ReturnState | string {
  let state: ReturnState | null = null;
  for (const [action, actor, context] of steps) {
    const outcome = applyReturnAction(state, action, actor, context);
    if (!outcome.ok) return `${outcome.problem}: ${outcome.reason}`;
    state = outcome.state;
  }
  return state ?? 'nothing';
}

describe('the cycle of a return', () => {
  it('goes draft → submitted → returned → draft → submitted → approved', () => {
    const state = run([
      [{ action: 'save', value: 71, commentary: 'Two posts vacant.' }, contributor, red],
      [{ action: 'submit' }, contributor, red],
      [{ action: 'return', reason: 'Check the April figure first.' }, approver, red],
      [
        { action: 'save', value: 72, commentary: 'Two posts vacant; one filled in June.' },
        contributor,
        red,
      ],
      [{ action: 'submit' }, contributor, red],
      [{ action: 'approve' }, approver, red],
    ]);
    expect(state).toEqual({
      status: 'approved',
      value: 72,
      commentary: 'Two posts vacant; one filled in June.',
      submittedBy: 'cat',
      returnReason: null,
    });
  });

  it('keeps the reason on a returned figure while it is corrected', () => {
    const state = run([
      [{ action: 'save', value: 1, commentary: null }, contributor, green],
      [{ action: 'submit' }, contributor, green],
      [{ action: 'return', reason: ' Wrong month. ' }, approver, green],
      [{ action: 'save', value: 2, commentary: null }, contributor, green],
    ]);
    expect(state).toMatchObject({ status: 'draft', value: 2, returnReason: 'Wrong month.' });
  });

  it.each<[string, [ReturnAction, ReturnActor, { rating: RagStatus }][], string]>([
    [
      'a red figure without commentary',
      [
        [{ action: 'save', value: 50, commentary: '  ' }, contributor, red],
        [{ action: 'submit' }, contributor, red],
      ],
      'invalid: A red figure needs a commentary saying why and what is being done before it is submitted.',
    ],
    [
      'an amber figure without commentary',
      [
        [{ action: 'save', value: 50, commentary: null }, contributor, { rating: 'amber' }],
        [{ action: 'submit' }, contributor, { rating: 'amber' }],
      ],
      'invalid: An amber figure needs a commentary saying why and what is being done before it is submitted.',
    ],
    [
      'submitting nothing',
      [[{ action: 'submit' }, contributor, green]],
      'invalid: Enter a figure before submitting it.',
    ],
    [
      'someone outside the unit saving',
      [[{ action: 'save', value: 1, commentary: null }, outsider, green]],
      'forbidden: Only a contributor for this indicator can enter figures.',
    ],
    [
      'a contributor approving',
      [
        [{ action: 'save', value: 1, commentary: null }, contributor, green],
        [{ action: 'submit' }, contributor, green],
        [{ action: 'approve' }, contributor, green],
      ],
      'forbidden: Only an approver for this indicator can approve it.',
    ],
    [
      'approving your own submission',
      [
        [
          { action: 'save', value: 1, commentary: null },
          { id: 'both', mayEdit: true, mayApprove: true },
          green,
        ],
        [{ action: 'submit' }, { id: 'both', mayEdit: true, mayApprove: true }, green],
        [{ action: 'approve' }, { id: 'both', mayEdit: true, mayApprove: true }, green],
      ],
      'forbidden: Someone other than the person who submitted a figure must approve it.',
    ],
    [
      'approving a draft',
      [
        [{ action: 'save', value: 1, commentary: null }, contributor, green],
        [{ action: 'approve' }, approver, green],
      ],
      'conflict: Only a submitted figure can be approved.',
    ],
    [
      'returning without a reason',
      [
        [{ action: 'save', value: 1, commentary: null }, contributor, green],
        [{ action: 'submit' }, contributor, green],
        [{ action: 'return', reason: '' }, approver, green],
      ],
      'invalid: Say why the figure is being returned.',
    ],
    [
      'changing a figure awaiting approval',
      [
        [{ action: 'save', value: 1, commentary: null }, contributor, green],
        [{ action: 'submit' }, contributor, green],
        [{ action: 'save', value: 2, commentary: null }, contributor, green],
      ],
      'conflict: This figure is waiting for approval; it can be changed once it is returned.',
    ],
  ])('refuses %s', (_label, steps, message) => {
    expect(run(steps)).toBe(message);
  });

  it('lets the red figure through once it has a commentary', () => {
    const state = run([
      [{ action: 'save', value: 50, commentary: 'Staff shortage.' }, contributor, red],
      [{ action: 'submit' }, contributor, red],
    ]);
    expect(state).toMatchObject({ status: 'submitted', submittedBy: 'cat' });
  });

  it('labels every status in words', () => {
    expect(RETURN_STATUSES.map(describeReturnStatus)).toEqual([
      'Draft (not published)',
      'Submitted, awaiting approval (not published)',
      'Returned for correction (not published)',
      'Approved and published',
    ]);
  });
});

describe('property: the buttons offered are exactly the actions that would succeed', () => {
  const states = fc.option(
    fc.record({
      status: fc.constantFrom(...RETURN_STATUSES),
      value: fc.integer(),
      commentary: fc.constant('Because.'),
      submittedBy: fc.constantFrom('cat', 'alf', null),
      returnReason: fc.constant(null),
    }),
  );
  const actors = fc.record({
    id: fc.constantFrom('cat', 'alf'),
    mayEdit: fc.boolean(),
    mayApprove: fc.boolean(),
  });
  it('holds for every state and actor', () => {
    fc.assert(
      fc.property(states, actors, (state, actor) => {
        const offered = availableReturnActions(state, actor);
        const attempts: ReturnAction[] = [
          { action: 'save', value: 1, commentary: 'x' },
          { action: 'submit' },
          { action: 'approve' },
          { action: 'return', reason: 'x' },
        ];
        for (const attempt of attempts) {
          const outcome = applyReturnAction(state, attempt, actor, { rating: 'red' });
          expect(outcome.ok).toBe(offered.includes(attempt.action));
        }
      }),
    );
  });
});
