import { compareAddress } from '@/ui/compare-address';
import { Link } from '@/ui/navigation';
import { otherAreasSentence } from './indicator-words';

/** How many other areas the papers give figures for, and the way to compare with them. */
export function OtherAuthorities({ indicatorId, count }: { indicatorId: string; count: number }) {
  if (count <= 0) return null;
  return (
    <section aria-labelledby="comparators-heading" className="indicator-section comparator-panel">
      <h2 id="comparators-heading">Other authorities</h2>
      <p>{otherAreasSentence(count)}</p>
      <Link {...compareAddress({ indicator: indicatorId })} className="button button--secondary">
        Compare with other authorities
      </Link>
    </section>
  );
}
