/**
 * The accounts part of the API contract: signing in, people and roles, the audit log and the
 * returns cycle. Re-exported from contract.ts; docs/api.md describes it for people.
 */
import { z } from 'zod';
import { RETURN_ACTIONS, RETURN_STATUSES } from '@/domain/return-cycle';
import { ROLE_NAMES } from '@/domain/roles';
import { RAG_STATUSES } from '@/domain/types';
import { periodIdSchema } from '../contract/dataset-schema';

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
export type SignInRequest = z.infer<typeof signInRequestSchema>;

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

export const auditResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.number().int().nullable().default(null),
});

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

export const returnStatusSchema = z.enum(RETURN_STATUSES);
export const returnActionSchema = z.enum(RETURN_ACTIONS);
export const returnTimingSchema = z.enum(['not-yet-due', 'due', 'overdue', 'received']);

/** A return in progress: what was entered, where it is in the cycle, and who touched it last. */
export const figureReturnSchema = z.object({
  indicatorId: z.string(),
  area: z.string(),
  period: periodIdSchema,
  status: returnStatusSchema,
  value: z.number().nullable(),
  commentary: z.string().nullable(),
  submittedBy: z.string().nullable(),
  returnReason: z.string().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  version: z.number().int().positive(),
});
export type FigureReturn = z.infer<typeof figureReturnSchema>;

/** What the signed-in person may do with an indicator's figures (the server decides; 403 enforces). */
export const returnRightsSchema = z.object({
  /** A contributor for a unit responsible for it: may save and submit returns. */
  mayRecord: z.boolean(),
  /** An approver for such a unit: may approve or return submitted figures, and correct published ones. */
  mayApprove: z.boolean(),
});
export type ReturnRights = z.infer<typeof returnRightsSchema>;

/** The status a return's figure would get once published, worked out by the domain, with why. */
export const wouldBeRatingSchema = z.object({
  status: z.enum(RAG_STATUSES),
  reason: z.string(),
  /** Red and amber figures need a commentary before they can be submitted. */
  commentaryRequired: z.boolean(),
});
export type WouldBeRating = z.infer<typeof wouldBeRatingSchema>;

/** A return in progress with the status its figure would get. */
export const openReturnSchema = figureReturnSchema.extend({
  statusLabel: z.string(),
  rating: wouldBeRatingSchema.nullable(),
});
export type OpenReturn = z.infer<typeof openReturnSchema>;

/**
 * GET /returns/{indicatorId}?period=: the person's rights over the indicator, the return for the
 * period and what they may do with it, and every return for the indicator not yet approved.
 * A signed-in person with no rights gets rights false and nothing else.
 */
export const returnResponseSchema = z.object({
  rights: returnRightsSchema,
  return: figureReturnSchema.nullable(),
  statusLabel: z.string(),
  rating: wouldBeRatingSchema.nullable(),
  actions: z.array(returnActionSchema),
  open: z.array(openReturnSchema),
});
export type ReturnResponse = z.infer<typeof returnResponseSchema>;

export const saveReturnRequestSchema = z.object({
  period: periodIdSchema,
  area: z.string().min(1).optional(),
  value: z.number({ error: 'value must be a number' }),
  commentary: z.string().max(4000).nullable().default(null),
});

export type SaveReturnRequest = z.input<typeof saveReturnRequestSchema>;
export type ReturnStep = 'submit' | 'approve' | 'return';

export const returnReasonRequestSchema = z.object({
  reason: z.string().trim().min(1, 'Say why the figure is being returned.').max(2000),
});

export const myReturnsResponseSchema = z.object({
  today: z.iso.date(),
  items: z.array(
    z.object({
      indicatorId: z.string(),
      title: z.string(),
      period: periodIdSchema,
      dueDate: z.iso.date(),
      dueReason: z.string(),
      timing: returnTimingSchema,
      timingReason: z.string(),
      status: returnStatusSchema.nullable(),
      statusLabel: z.string(),
      /** An approved figure is already published for the period. */
      published: z.boolean(),
      actions: z.array(returnActionSchema),
      /** The person's rights over this indicator: My returns lists what they record, the queue what they approve. */
      rights: returnRightsSchema,
      value: z.number().nullable(),
      commentary: z.string().nullable(),
      returnReason: z.string().nullable(),
      /** Who last changed the return (the submitter, while it is submitted). */
      updatedBy: z.string().nullable(),
      updatedAt: z.string().nullable(),
      rating: wouldBeRatingSchema.nullable(),
    }),
  ),
});
export type MyReturnsResponse = z.infer<typeof myReturnsResponseSchema>;
export type MyReturnItem = MyReturnsResponse['items'][number];

/** How many overdue returns a page of the administrators' overdue list holds. */
export const OVERDUE_PAGE_SIZE = 20;

/**
 * `GET /returns/overdue?structure=&node=&page=&today=`: the overdue returns the person can see
 * (administrators: every indicator), for one unit and everything below it when `node` is given.
 */
export const overdueQuerySchema = z.object({
  structure: z.string().min(1).optional(),
  node: z.string().min(1).optional(),
  page: z.coerce
    .number({ error: 'page must be a whole number, 1 or more.' })
    .int('page must be a whole number, 1 or more.')
    .min(1, 'page must be a whole number, 1 or more.')
    .default(1),
  today: z.iso.date('today must be a date such as 2012-06-10.').optional(),
});
/** The query as a client sends it. */
export interface OverdueQuery {
  structure?: string | undefined;
  node?: string | undefined;
  page?: number | undefined;
  today?: string | undefined;
}

export const overdueReturnsResponseSchema = z.object({
  today: z.iso.date(),
  /** Every overdue return the filters select; `items` is one page of them, oldest due first. */
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  items: myReturnsResponseSchema.shape.items,
});
export type OverdueReturnsResponse = z.infer<typeof overdueReturnsResponseSchema>;

export const returnPaths = {
  mine: () => '/returns/mine',
  overdue: () => '/returns/overdue',
  one: (indicatorId: string) => `/returns/${encodeURIComponent(indicatorId)}`,
  act: (indicatorId: string, action: ReturnStep) =>
    `/returns/${encodeURIComponent(indicatorId)}/${action}`,
} as const;
