import { TEMPLATE_ROWS } from '@test/returns-template-fixtures';
import { factsOf } from './indicator-facts';

test('the reader knows each indicator’s unit, frequency and the periods of its figures', () => {
  expect(factsOf(TEMPLATE_ROWS)[0]).toEqual({
    id: 'paf-c28',
    title: 'Care plans reviewed',
    unitType: 'percent',
    frequency: 'monthly',
    periods: ['2012-05', '2012/13', '2012/13'],
  });
});
