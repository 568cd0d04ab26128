import { z } from 'zod';
import {
  frameworkSchema,
  indicatorKindSchema,
  periodIdSchema,
} from '@/data/contract/dataset-schema';
import { profileChoiceSchema, ragStatusSchema } from '@/data/api/contract';

export const organisationSearchSchema = z.object({
  status: ragStatusSchema.optional().catch(undefined),
  framework: frameworkSchema.optional().catch(undefined),
  kind: indicatorKindSchema.optional().catch(undefined),
  q: z.string().optional().catch(undefined),
  period: periodIdSchema.optional().catch(undefined),
  /** 'paper': statuses from the paper's figures alone, without assumed target profiles. */
  profiles: profileChoiceSchema.optional().catch(undefined),
  /** The open folds of a long list (`open=cfe-admissions,cfe-fostering`), as on the dashboard. */
  open: z.string().optional().catch(undefined),
});
export type OrganisationSearch = z.infer<typeof organisationSearchSchema>;
