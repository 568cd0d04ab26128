import * as z from 'zod/mini';
import { optionalParam } from '@/ui/navigation';

/** My returns and the approval queue in the address: the date they are worked out at, and what to show. */
export const returnsSearchSchema = z.object({
  /** As at this date (YYYY-MM-DD); left out: today. */
  today: optionalParam(z.iso.date()),
  /** 'all' also lists what is already received or approved. */
  show: optionalParam(z.enum(['outstanding', 'all'])),
});
export type ReturnsSearch = z.infer<typeof returnsSearchSchema>;
