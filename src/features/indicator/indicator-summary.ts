import type { IndicatorRow } from '@/data/api/contract';
import { describePolarity } from '@/domain/polarity';
import { formatValue } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { reasonDetail, statusLabel } from '@/domain/rating';
import type { Rating } from '@/domain/types';

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
/** Titles printed with a full stop ('… aged 65 and over.') lose it inside a sentence. */
const withoutStop = (text: string) => text.trim().replace(/[.\s]+$/, '');

function figureSentence(row: IndicatorRow): string {
  const { indicator, latest } = row;
  const title = withoutStop(indicator.title);
  if (latest && latest.value !== null)
    return `${title} was ${formatValue(latest.value, indicator.unit)} in ${formatPeriod(latest.period)}.`;
  if (latest?.missing)
    return `${title} has no figure for ${formatPeriod(latest.period)} (${lowerFirst(withoutStop(latest.missing.text))}).`;
  return `${title} has no figure yet.`;
}

function statusSentence(rating: Rating): string {
  const detail = withoutStop(reasonDetail(rating));
  if (rating.status === 'not-rated')
    return detail ? `It is not rated: ${lowerFirst(detail)}.` : 'It is not rated.';
  const word = statusLabel(rating.status);
  return detail ? `It is rated ${word}: ${lowerFirst(detail)}.` : `It is rated ${word}.`;
}

/**
 * A few plain sentences a screen reader reads in place of the chart:
 * 'Percentage of Grade 1 priority calls answered in 20 seconds was 67% in May 2012. It is rated
 * Red: 67% is below the 75% floor. The target is 80%. Higher is better.'
 */
export function summariseIndicator(row: IndicatorRow): string {
  const { indicator, latestRating, target } = row;
  const sentences = [figureSentence(row), statusSentence(latestRating)];
  if (target && target.value !== null && !/target/i.test(latestRating.reason))
    sentences.push(`The target is ${formatValue(target.value, indicator.unit)}.`);
  if (indicator.polarity !== 'unknown')
    sentences.push(`${capitalise(describePolarity(indicator.polarity))}.`);
  return sentences.join(' ');
}
