/**
 * The audit screen's filters, held in the address so a filtered log can be bookmarked or sent.
 * Anything unreadable in a hand-typed address is dropped rather than breaking the page.
 */
import * as z from 'zod/mini';
import { optionalParam } from '@/ui/navigation';

const optionalDate = optionalParam(z.iso.date());
const optionalText = optionalParam(z.string().check(z.trim(), z.maxLength(200)));

export const auditSearchSchema = z.object({
  actor: optionalText,
  action: optionalText,
  from: optionalDate,
  to: optionalDate,
  before: optionalParam(z.coerce.number().check(z.int(), z.positive())),
});
export type AuditSearch = z.infer<typeof auditSearchSchema>;

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
