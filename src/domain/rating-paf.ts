/**
 * The PAF performance bands: which band a figure is in, the regulator's words for it and its status.
 */
import { formatValue } from './format';
import { comparePerformance } from './polarity';
import type { Rating } from './types';
import type { RatingInput } from './rating';
import { figureText, missingActual, notRated, notRatedByKind, rating } from './rating-reasons';

const PAF_BAND_LABELS = {
  1: 'investigate urgently',
  2: 'ask questions',
  3: 'acceptable',
  4: 'good',
  5: 'very good',
} as const;

/** PAF band descriptions as the regulator worded them. */
export function pafBandLabel(band: 1 | 2 | 3 | 4 | 5): string {
  return PAF_BAND_LABELS[band];
}

/** PAF bands 4–5 are green, 3 amber, 1–2 red. */
export function statusForPafBand(band: 1 | 2 | 3 | 4 | 5): 'green' | 'amber' | 'red' {
  return band >= 4 ? 'green' : band === 3 ? 'amber' : 'red';
}

function isBand(n: number): n is 1 | 2 | 3 | 4 | 5 {
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5;
}

/**
 * PAF bands: thresholds are where bands 2, 3, 4 and 5 start — the lowest value for the band when
 * higher is better, the highest when lower is better. Reaching a threshold puts the value in that band.
 */
export function pafBandFor(
  value: number,
  thresholds: readonly [number, number, number, number],
  polarity: 'higher-is-better' | 'lower-is-better',
): 1 | 2 | 3 | 4 | 5 {
  let band = 1;
  for (const threshold of thresholds) {
    if ((comparePerformance(value, threshold, polarity) ?? -1) >= 0) band += 1;
    else break;
  }
  return isBand(band) ? band : 1;
}

function thresholdsInOrder(
  thresholds: readonly [number, number, number, number],
  polarity: 'higher-is-better' | 'lower-is-better',
): boolean {
  for (let i = 1; i < thresholds.length; i += 1) {
    const previous = thresholds[i - 1];
    const current = thresholds[i];
    if (previous === undefined || current === undefined) return false;
    if ((comparePerformance(current, previous, polarity) ?? -1) <= 0) return false;
  }
  return true;
}

export function ratePafBands(
  input: RatingInput,
  thresholds: readonly [number, number, number, number] | undefined,
): Rating {
  const rule = 'paf-bands';
  const byKind = notRatedByKind(input, rule);
  if (byKind !== null) return byKind;
  const actual = input.actual;
  const published = input.publishedBand;
  const fromPublished = (detail: string): Rating | null => {
    if (published === undefined || published === null || !isBand(published)) return null;
    return rating(
      statusForPafBand(published),
      rule,
      `${detail}PAF band ${published} (${pafBandLabel(published)}) as published`,
      {
        band: published,
      },
    );
  };
  if (actual === null || !Number.isFinite(actual))
    return fromPublished('') ?? missingActual(input, rule);
  if (thresholds === undefined) {
    return (
      fromPublished(`${figureText(input, actual)} is in `) ??
      notRated(
        'no-target',
        rule,
        `${figureText(input, actual)}, but no PAF band thresholds are set and no band was published`,
      )
    );
  }
  const polarity = input.polarity;
  if (polarity !== 'higher-is-better' && polarity !== 'lower-is-better') {
    return (
      fromPublished(`${figureText(input, actual)} is in `) ??
      notRated(
        'unknown-polarity',
        rule,
        `${figureText(input, actual)}, but PAF bands need higher or lower to be better`,
      )
    );
  }
  if (!thresholdsInOrder(thresholds, polarity)) {
    return (
      fromPublished(`${figureText(input, actual)} is in `) ??
      notRated(
        'no-target',
        rule,
        `${figureText(input, actual)}, but the PAF band thresholds are not in order`,
      )
    );
  }
  const band = pafBandFor(actual, thresholds, polarity);
  const status = statusForPafBand(band);
  const next = band < 5 ? thresholds[band - 1] : undefined;
  const needs =
    next === undefined
      ? ''
      : `; band ${band + 1} needs ${formatValue(next, input.unit)} or ${polarity === 'higher-is-better' ? 'more' : 'less'}`;
  const note = polarity === 'lower-is-better' ? '; lower is better' : '';
  return rating(
    status,
    rule,
    `${figureText(input, actual)} is in PAF band ${band} (${pafBandLabel(band)})${needs}${note}`,
    {
      band,
    },
  );
}
