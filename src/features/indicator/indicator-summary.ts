import type { IndicatorRow } from '@/data/api/contract';
import { describePolarity } from '@/domain/polarity';
import { formatValue } from '@/domain/format';
import { formatPeriod } from '@/domain/periods';
import { reasonDetail, statusLabel } from '@/domain/rating';
import type { Rating } from '@/domain/types';

/** The domain's reason detail, lower-cased at the start because it follows the status word mid-sentence. */
function reasonInSentence(rating: Rating): string {
  const detail = reasonDetail(rating);
  return detail.charAt(0).toLowerCase() + detail.slice(1);
}

/**
 * One sentence a screen reader reads in place of the chart:
 * 'Percentage of Grade 1 priority calls answered in 20 seconds: 67% in May 2012, Red, 67% is below
 * the 75% floor; target 80%; higher is better.'
 */
export function summariseIndicator(row: IndicatorRow): string {
  const { indicator, latest, latestRating, target } = row;
  const unit = indicator.unit;
  const parts: string[] = [];
  if (latest && latest.value !== null) {
    parts.push(`${formatValue(latest.value, unit)} in ${formatPeriod(latest.period)}`);
  } else if (latest?.missing) {
    parts.push(`no figure for ${formatPeriod(latest.period)} (${latest.missing.text})`);
  } else {
    parts.push('no figure yet');
  }
  const body = reasonInSentence(latestRating);
  const word = statusLabel(latestRating.status);
  parts.push(body ? `${word}, ${body}` : word);
  let sentence = `${indicator.title}: ${parts.join(', ')}`;
  if (target && target.value !== null && !/target/i.test(body))
    sentence += `; target ${formatValue(target.value, unit)}`;
  if (indicator.polarity !== 'unknown') sentence += `; ${describePolarity(indicator.polarity)}`;
  return `${sentence}.`;
}
