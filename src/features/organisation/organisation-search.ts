import {
  frameworkParam,
  indicatorKindParam,
  periodParam,
  profilesParam,
  ragStatusParam,
  searchSchema,
  textParam,
  type SearchOf,
} from '@/ui/navigation';

export const organisationSearchSchema = searchSchema({
  status: ragStatusParam,
  framework: frameworkParam,
  kind: indicatorKindParam,
  q: textParam,
  period: periodParam,
  profiles: profilesParam,
  /** The open folds of a long list (`open=cfe-admissions,cfe-fostering`), as on the dashboard. */
  open: textParam,
});
export type OrganisationSearch = SearchOf<typeof organisationSearchSchema>;
