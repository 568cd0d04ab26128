import { readNumber } from '@/lib/read-number';
import { CHECK_FIELDS, refusalErrors, savedMessage, valueProblem } from './target-form-words';

test('a value that is not a number is refused in words that say what to type', () => {
  expect(valueProblem('97.5', readNumber('97.5'), 'target')).toBeUndefined();
  expect(valueProblem('  ', readNumber('  '), 'floor')).toBe('Enter the new floor.');
  const reading = readNumber('ninety');
  expect(reading.ok).toBe(false);
  expect(valueProblem('ninety', reading, 'target')).toMatch(
    /^.+\. Enter the target as a number, such as 97\.5\.$/,
  );
});

test('the server’s refusal goes beside its field, or heads the form with a conflict explained', () => {
  expect(
    refusalErrors({
      message: 'Could not save the target for 2012/13: the value is out of range',
      field: 'value',
      status: 400,
    }),
  ).toEqual({ form: CHECK_FIELDS, value: 'the value is out of range' });
  expect(
    refusalErrors({ message: 'Someone else changed it.', field: undefined, status: 409 }),
  ).toEqual({ form: 'Someone else changed it. The figures below are now up to date; try again.' });
  expect(refusalErrors({ message: 'No rights.', field: 'who', status: 403 })).toEqual({
    form: 'No rights.',
  });
});

test('what was saved is said in the indicator’s unit', () => {
  expect(savedMessage('floor', '2012/13', 70, { type: 'count' })).toBe(
    'The floor for 2012/13 is now 70.',
  );
});
