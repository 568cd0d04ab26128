import type { MyReturnItem } from '@/data/api/contract';

export interface ReturnGroup {
  key: string;
  heading: string;
  items: MyReturnItem[];
}

/**
 * A contributor's returns in the order they need attention: returned for correction first (with
 * the reason), then overdue, due, not yet due, then waiting for approval and, with 'all', received.
 */
export function groupMyReturns(items: readonly MyReturnItem[], showAll: boolean): ReturnGroup[] {
  const mine = items.filter((item) => item.rights.mayRecord);
  const returned = mine.filter((item) => item.status === 'returned');
  const rest = mine.filter((item) => item.status !== 'returned');
  const groups: ReturnGroup[] = [
    { key: 'returned', heading: 'Returned to you for correction', items: returned },
    {
      key: 'overdue',
      heading: 'Overdue',
      items: rest.filter((item) => item.timing === 'overdue'),
    },
    { key: 'due', heading: 'Due now', items: rest.filter((item) => item.timing === 'due') },
    {
      key: 'not-yet-due',
      heading: 'Not yet due',
      items: rest.filter((item) => item.timing === 'not-yet-due'),
    },
    {
      key: 'submitted',
      heading: 'Submitted, awaiting approval',
      items: rest.filter((item) => item.status === 'submitted'),
    },
  ];
  if (showAll) {
    groups.push({
      key: 'received',
      heading: 'Received or published',
      items: rest.filter((item) => item.timing === 'received' && item.status !== 'submitted'),
    });
  }
  return groups;
}

/** Submitted figures the person may approve or return (not their own). */
export const awaitingApproval = (items: readonly MyReturnItem[]): MyReturnItem[] =>
  items.filter((item) => item.status === 'submitted' && item.actions.includes('approve'));
