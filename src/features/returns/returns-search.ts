import { z } from 'zod';

/** My returns and the approval queue in the address: the date they are worked out at, and what to show. */
export const returnsSearchSchema = z.object({
  /** As at this date (YYYY-MM-DD); left out: today. */
  today: z.iso.date().optional().catch(undefined),
  /** 'all' also lists what is already received or approved. */
  show: z.enum(['outstanding', 'all']).optional().catch(undefined),
});
export type ReturnsSearch = z.infer<typeof returnsSearchSchema>;
