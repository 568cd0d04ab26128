import { z } from 'zod';
import {
  frameworkSchema,
  indicatorKindSchema,
  periodIdSchema,
} from '@/data/contract/dataset-schema';
import { profileChoiceSchema, ragStatusSchema } from '@/data/api/contract';
import { EXCEPTION_KINDS } from '@/domain/aggregate';

// The default structure is chosen in the data layer, so the mock API's scenarios can use it too.
export { DEFAULT_STRUCTURE, resolveStructure } from '@/data/api/organisation-views';

const structureIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/**
 * Dashboard filters live in the URL so every view is a permalink and Back returns to it.
 * `.catch(undefined)` drops a bad value from a hand-edited URL instead of failing the page.
 */
export const dashboardSearchSchema = z.object({
  structure: structureIdSchema.optional().catch(undefined),
  node: z.string().optional().catch(undefined),
  framework: frameworkSchema.optional().catch(undefined),
  status: ragStatusSchema.optional().catch(undefined),
  kind: indicatorKindSchema.optional().catch(undefined),
  q: z.string().optional().catch(undefined),
  period: periodIdSchema.optional().catch(undefined),
  /** The folds open in a long list, by node id: `open=cfe,cfe-admissions`. */
  open: z.string().optional().catch(undefined),
  /** 'paper': statuses from the paper's figures alone, without assumed target profiles. */
  profiles: profileChoiceSchema.optional().catch(undefined),
});
export type DashboardSearch = z.infer<typeof dashboardSearchSchema>;

export const exceptionsSearchSchema = z.object({
  structure: structureIdSchema.optional().catch(undefined),
  node: z.string().optional().catch(undefined),
  framework: frameworkSchema.optional().catch(undefined),
  period: periodIdSchema.optional().catch(undefined),
  show: z.enum(EXCEPTION_KINDS).optional().catch(undefined),
  /** The page of the overdue returns list (20 a page); unset is the first. */
  overduePage: z.coerce.number().int().min(1).optional().catch(undefined),
  /** 'paper': statuses from the paper's figures alone, without assumed target profiles. */
  profiles: profileChoiceSchema.optional().catch(undefined),
});
export type ExceptionsSearch = z.infer<typeof exceptionsSearchSchema>;
