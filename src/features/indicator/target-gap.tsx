import { useMemo } from 'react';
import type { IndicatorDetailResponse } from '@/data/api/contract';
import { gapToNextTarget } from '@/domain/gap';

/**
 * Where the only target is for another period (a business plan's target for the coming year), the
 * distance still to go and the change needed per period, labelled as such: never a status.
 */
export function TargetGap({ detail }: { detail: IndicatorDetailResponse }) {
  const gap = useMemo(
    () => gapToNextTarget(detail.indicator, detail.observations),
    [detail.indicator, detail.observations],
  );
  if (gap === null || gap.likeForLike) return null;
  return (
    <section aria-labelledby="gap-heading" className="indicator-section">
      <h2 id="gap-heading">Gap to the next target</h2>
      <p>{gap.summary}</p>
    </section>
  );
}
