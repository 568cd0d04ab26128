import { Link } from '@/ui/navigation';
import type { MyReturnItem } from '@/data/api/contract';
import { formatPeriod } from '@/domain/periods';

/** A return in words, as its heading and the review buttons name it: 'Grade 1 calls, June 2012'. */
export function returnName(item: MyReturnItem): string {
  return `${item.title}, ${formatPeriod(item.period)}`;
}

/**
 * A return's heading, linking to the form for that period on its indicator page. My returns sits
 * its items under group headings (h3); the approvals list has none (h2).
 */
export function ReturnTitle({ item, level: Heading }: { item: MyReturnItem; level: 'h2' | 'h3' }) {
  return (
    <Heading className="return-item__title">
      <Link
        to="/indicators/$indicatorId"
        params={{ indicatorId: item.indicatorId }}
        search={{ returnPeriod: item.period }}
        hash="return"
      >
        {returnName(item)}
      </Link>
    </Heading>
  );
}
