import { isoDateParam, oneOfParam, searchSchema, type SearchOf } from '@/ui/navigation';

/** My returns and the approval queue in the address: the date they are worked out at, and what to show. */
export const returnsSearchSchema = searchSchema({
  /** As at this date (YYYY-MM-DD); left out: today. */
  today: isoDateParam,
  /** 'all' also lists what is already received or approved. */
  show: oneOfParam(['outstanding', 'all']),
});
export type ReturnsSearch = SearchOf<typeof returnsSearchSchema>;
