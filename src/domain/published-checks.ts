/**
 * Checks against the paper: whether our ratings reproduce the RAG statuses a council published.
 */
import type { Rating } from './types';
import type { IndicatorAssessment } from './assess';

/**
 * Whether our rating reproduces the RAG the paper published for the same figure:
 * null when nothing was published, so the data report can say 'reproduced n of N'.
 */
export function publishedRatingAgrees(
  rating: Pick<Rating, 'status'> | null,
  publishedRag: 'green' | 'amber' | 'red' | null | undefined,
): boolean | null {
  if (publishedRag === undefined || publishedRag === null) return null;
  return rating?.status === publishedRag;
}

export interface PublishedCheck {
  figure: 'latest' | 'ytd' | 'forecast';
  period: string;
  published: 'green' | 'amber' | 'red';
  computed: Rating;
  agrees: boolean;
}

/** Every figure in an assessment that carries a published RAG, with whether we reproduce it. */
export function publishedChecks(assessment: IndicatorAssessment): PublishedCheck[] {
  const pairs = [
    ['latest', assessment.latest, assessment.latestRating],
    ['ytd', assessment.ytd, assessment.ytdRating],
    ['forecast', assessment.forecast, assessment.forecastRating],
  ] as const;
  const checks: PublishedCheck[] = [];
  for (const [figure, value, computed] of pairs) {
    const published = value?.publishedRag;
    if (value === null || published === undefined || computed === null) continue;
    checks.push({
      figure,
      period: value.period,
      published,
      computed,
      agrees: computed.status === published,
    });
  }
  return checks;
}
