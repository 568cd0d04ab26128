import type { FigureReturn } from '@/data/api/contract';
import {
  errorsFrom,
  needsSave,
  readReturnEntries,
  returnStepWords,
  waitingWords,
} from './return-rules';

const stored = (overrides: Partial<FigureReturn> = {}): FigureReturn => ({
  indicatorId: 'x',
  area: 'kent',
  period: '2012-05',
  status: 'draft',
  value: 71.5,
  commentary: 'Late return',
  submittedBy: null,
  returnReason: null,
  updatedBy: 'Ann',
  updatedAt: '2012-06-01T09:00:00Z',
  version: 2,
  ...overrides,
});

describe('reading a period’s return', () => {
  it('turns what was typed into the figure to save, an empty commentary as none', () => {
    expect(readReturnEntries({ value: ' 1,234.5 ', commentary: '  Late  ' })).toEqual({
      ok: true,
      input: { value: 1234.5, commentary: 'Late' },
    });
    expect(readReturnEntries({ value: '70', commentary: '   ' })).toEqual({
      ok: true,
      input: { value: 70, commentary: null },
    });
  });

  it('asks for a missing figure, and says how to write one it cannot read', () => {
    expect(readReturnEntries({ value: ' ', commentary: '' })).toEqual({
      ok: false,
      errors: { value: 'Enter the figure.' },
    });
    const unreadable = readReturnEntries({ value: '1,5', commentary: '' });
    expect(unreadable.ok).toBe(false);
    if (unreadable.ok) return;
    expect(unreadable.errors.value).toMatch(
      /\. Enter the figure with a decimal point, for example 71\.5\.$/,
    );
  });
});

test('submitting what is already saved does not save it again, unless it was approved', () => {
  const input = { value: 71.5, commentary: 'Late return' };
  expect(needsSave(stored(), input, 'submit')).toBe(false);
  expect(needsSave(stored(), input, 'draft')).toBe(true);
  expect(needsSave(stored({ status: 'approved' }), input, 'submit')).toBe(true);
  expect(needsSave(stored({ value: 70 }), input, 'submit')).toBe(true);
  expect(needsSave(null, input, 'submit')).toBe(true);
});

test('a refused step puts the service’s sentence beside the field it names', () => {
  const refusal = {
    status: 422,
    field: undefined,
    message: 'Could not save.',
    serverMessage: undefined,
  };
  expect(
    errorsFrom({ ...refusal, field: 'commentary', serverMessage: 'Say why it is red.' }),
  ).toEqual({ commentary: 'Say why it is red.' });
  expect(errorsFrom({ ...refusal, field: 'period' })).toEqual({ form: 'Could not save.' });
  expect(errorsFrom({ ...refusal, status: 401 })).toEqual({
    form: 'Your session has ended: sign in again to carry on.',
  });
});

test('each step says what it did, and a submitted figure says who is to review it', () => {
  expect(returnStepWords.draft('May 2012', '71.5%')).toBe(
    'Draft saved for May 2012: 71.5%. It is not published until it is submitted and approved.',
  );
  expect(returnStepWords.submit('May 2012', '71.5%')).toMatch(/^Submitted 71\.5% for May 2012\./);
  expect(returnStepWords.approve('May 2012', '71.5%')).toBe(
    'Approved: 71.5% for May 2012 is now published.',
  );
  expect(returnStepWords.return('May 2012')).toMatch(/^Returned the figure for May 2012 /);
  expect(waitingWords(true)).toMatch(/another approver/);
  expect(waitingWords(false)).toMatch(/^Waiting for an approver/);
});
