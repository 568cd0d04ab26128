/**
 * The audit screen's filters, held in the address so a filtered log can be bookmarked or sent.
 * Anything unreadable in a hand-typed address is dropped rather than breaking the page.
 */
import {
  isoDateParam,
  searchSchema,
  trimmedTextParam,
  wholeNumberParam,
  type SearchOf,
} from '@/ui/navigation';

const optionalText = trimmedTextParam(200);

export const auditSearchSchema = searchSchema({
  actor: optionalText,
  action: optionalText,
  from: isoDateParam,
  to: isoDateParam,
  before: wholeNumberParam(1),
});
export type AuditSearch = SearchOf<typeof auditSearchSchema>;

/** The kinds of change the log records, for the filter (an action id starts with its kind). */
export const AUDIT_KINDS = [
  { value: 'person', label: 'People and roles' },
  { value: 'session', label: 'Signing in and out' },
  { value: 'settings', label: 'Settings' },
  { value: 'target', label: 'Targets' },
  { value: 'floor', label: 'Floors' },
  { value: 'due-rule', label: 'Due dates' },
  { value: 'return', label: 'Returns (figures entered, submitted, approved)' },
] as const;
