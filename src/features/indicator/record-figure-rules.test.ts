import { describe, expect, it } from 'vitest';
import { readFigureEntries, saveRefusalOutcome, savedWords } from './record-figure-rules';

const typed = (overrides: Partial<Parameters<typeof readFigureEntries>[0]> = {}) => ({
  period: 'May 2012',
  value: '71.5',
  commentary: '',
  basis: 'period',
  measure: 'actual',
  ...overrides,
});

const refusal = (overrides: Partial<Parameters<typeof saveRefusalOutcome>[0]> = {}) => ({
  kind: 'http',
  status: 422,
  field: undefined,
  message: 'Could not save the figure for indicator x: The value is too large.',
  conflict: undefined,
  ...overrides,
});

describe('reading the Record a figure form', () => {
  it('turns what was typed into the figure to save', () => {
    expect(
      readFigureEntries(typed({ commentary: '  Late return  ', basis: 'ytd' }), 'monthly'),
    ).toEqual({
      ok: true,
      figure: {
        period: '2012-05',
        basis: 'ytd',
        measure: 'actual',
        value: 71.5,
        commentary: 'Late return',
      },
    });
  });

  it('asks for what is missing', () => {
    expect(readFigureEntries(typed({ period: ' ', value: '' }), 'monthly')).toEqual({
      ok: false,
      errors: { period: 'Enter the period the figure is for.', value: 'Enter the figure.' },
    });
  });

  it('says why a period or a number cannot be read', () => {
    const reading = readFigureEntries(typed({ period: 'soonish', value: '1,5' }), 'monthly');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors.period).toMatch(/^"soonish" is not a period\. /);
    expect(reading.errors.value).toMatch(
      /Enter the figure with a decimal point, for example 71\.5\.$/,
    );
  });
});

describe('what the form says', () => {
  it('names the basis, the measure and the period of a saved figure', () => {
    expect(savedWords({ period: '2012-05', basis: 'ytd', measure: 'target' }, '80%')).toBe(
      'Saved: the year-to-date target for May 2012 is 80%. The page now includes it.',
    );
  });

  it('puts a refusal beside the field it is about, without the client’s preamble', () => {
    expect(saveRefusalOutcome(refusal({ field: 'value' }))).toEqual({
      show: 'errors',
      errors: { value: 'The value is too large.' },
    });
    expect(saveRefusalOutcome(refusal({ field: 'area' }))).toEqual({
      show: 'errors',
      errors: { form: 'The value is too large.' },
    });
  });

  it('asks to confirm a far-off period, and explains a refusal of rights or of a session', () => {
    expect(saveRefusalOutcome(refusal({ field: 'confirmPeriod' }))).toEqual({
      show: 'confirm-period',
      message: 'The value is too large.',
    });
    expect(saveRefusalOutcome(refusal({ status: 401 }))).toEqual({
      show: 'errors',
      errors: { signedOut: 'Your session has ended, so the figure was not saved.' },
    });
    expect(
      saveRefusalOutcome(
        refusal({ status: 403, message: 'Could not save x: Only Libraries may.' }),
      ),
    ).toEqual({
      show: 'errors',
      errors: {
        form: 'You may not change this indicator’s figures, so nothing was saved. Only Libraries may.',
      },
    });
  });
});
