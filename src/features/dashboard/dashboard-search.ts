import { z } from 'zod';
import {
  frameworkSchema,
  indicatorKindSchema,
  periodIdSchema,
} from '@/data/contract/dataset-schema';
import { ragStatusSchema } from '@/data/api/contract';
import { EXCEPTION_KINDS } from '@/domain/aggregate';

/** The 2012 Customer & Communities dashboard is the model, so its structure is shown first when present. */
export const DEFAULT_STRUCTURE = 'cc-2012';

const structureIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** The structure a view uses: the one in the URL if it exists, else the default, else the first. */
export function resolveStructure<T extends { id: string }>(
  structures: readonly T[],
  requested: string | undefined,
): T | undefined {
  return (
    structures.find((structure) => structure.id === requested) ??
    structures.find((structure) => structure.id === DEFAULT_STRUCTURE) ??
    structures[0]
  );
}

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
});
export type DashboardSearch = z.infer<typeof dashboardSearchSchema>;

export const exceptionsSearchSchema = z.object({
  structure: structureIdSchema.optional().catch(undefined),
  node: z.string().optional().catch(undefined),
  framework: frameworkSchema.optional().catch(undefined),
  period: periodIdSchema.optional().catch(undefined),
  show: z.enum(EXCEPTION_KINDS).optional().catch(undefined),
});
export type ExceptionsSearch = z.infer<typeof exceptionsSearchSchema>;
