import * as z from 'zod/mini';
import {
  frameworkParam,
  indicatorKindParam,
  periodParam,
  profilesParam,
  ragStatusParam,
  textParam,
} from '@/ui/navigation';

export const organisationSearchSchema = z.object({
  status: ragStatusParam,
  framework: frameworkParam,
  kind: indicatorKindParam,
  q: textParam,
  period: periodParam,
  profiles: profilesParam,
  /** The open folds of a long list (`open=cfe-admissions,cfe-fostering`), as on the dashboard. */
  open: textParam,
});
export type OrganisationSearch = z.infer<typeof organisationSearchSchema>;
