/**
 * The audit screen's filters, held in the address so a filtered log can be bookmarked or sent.
 * Anything unreadable in a hand-typed address is dropped rather than breaking the page.
 */
import { z } from 'zod';

const optionalDate = z.iso.date().optional().catch(undefined);
const optionalText = z.string().trim().max(200).optional().catch(undefined);

export const auditSearchSchema = z.object({
  actor: optionalText,
  action: optionalText,
  from: optionalDate,
  to: optionalDate,
  before: z.coerce.number().int().positive().optional().catch(undefined),
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
