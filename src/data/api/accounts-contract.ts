/**
 * The accounts part of the API contract: signing in, people and roles, the audit log and the
 * returns cycle. Re-exported from contract.ts; docs/api.md describes it for people.
 */
import { z } from 'zod';
import { ROLE_NAMES } from '@/domain/roles';

export const roleNameSchema = z.enum(ROLE_NAMES);

export const unitRefSchema = z.object({
  structureId: z.string().min(1),
  nodeId: z.string().min(1),
});

export const roleGrantSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('viewer') }),
  z.object({ role: z.literal('administrator') }),
  z.object({ role: z.literal('contributor'), unit: unitRefSchema }),
  z.object({ role: z.literal('approver'), unit: unitRefSchema }),
]);
export type RoleGrantBody = z.infer<typeof roleGrantSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  grants: z.array(roleGrantSchema),
});
export type User = z.infer<typeof userSchema>;

export const signInRequestSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(320),
  password: z.string().min(1, 'Enter your password.').max(1024),
});

/** GET /auth/me and POST /auth/sign-in: who is signed in, and the token every write must carry. */
export const sessionResponseSchema = z.object({
  user: userSchema.nullable(),
  csrfToken: z.string().nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const peopleResponseSchema = z.object({
  people: z.array(userSchema.extend({ disabled: z.boolean() })),
});

export const createPersonRequestSchema = z.object({
  email: z.email('Enter an email address such as name@council.gov.uk.').max(320),
  name: z.string().trim().min(1, 'Enter the person’s name.').max(200),
  password: z.string().max(1024).optional(),
  grants: z.array(roleGrantSchema).default([]),
});

export const replaceGrantsRequestSchema = z.object({
  grants: z.array(roleGrantSchema),
  reason: z.string().max(2000).default(''),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.string(),
  subject: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  reason: z.string(),
  address: z.string(),
});
export type AuditEntryBody = z.infer<typeof auditEntrySchema>;

export const auditResponseSchema = z.object({ entries: z.array(auditEntrySchema) });

export const settingsSchema = z.object({
  /** Published (approved) figures readable without signing in. */
  publicRead: z.boolean(),
});

export const accountPaths = {
  signIn: () => '/auth/sign-in',
  signOut: () => '/auth/sign-out',
  me: () => '/auth/me',
  people: () => '/admin/people',
  personGrants: (id: string) => `/admin/people/${encodeURIComponent(id)}/grants`,
  audit: () => '/admin/audit',
  auditCsv: () => '/admin/audit.csv',
  settings: () => '/admin/settings',
} as const;
