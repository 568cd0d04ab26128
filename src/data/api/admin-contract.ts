/**
 * The administrators' part of the API contract beyond people and settings: the audit log's
 * filters, disabling people and revoking their sessions, and each indicator's targets, floors and
 * due-date rule. Re-exported from contract.ts; docs/api.md describes it for people.
 */
import { z } from 'zod';
import { DUE_DATE_RULE_KINDS, MAX_DUE_DAYS } from '@/domain/due-dates';
import { profileSharesProblem } from '@/domain/set-profiles';
import { periodIdSchema } from '../contract/dataset-schema';

const reasonSchema = z.string().trim().max(1000).default('');

export const dueDateRuleKindSchema = z.enum(DUE_DATE_RULE_KINDS);

export const dueDateRuleSchema = z.object({
  kind: dueDateRuleKindSchema,
  days: z
    .number({ error: 'days must be a whole number' })
    .int('days must be a whole number')
    .min(1, 'days must be 1 or more')
    .max(MAX_DUE_DAYS, `days must be ${MAX_DUE_DAYS} or fewer`),
});

/** PUT /admin/indicators/{id}/due-rule: a new rule, or null to go back to the default. */
export const setDueRuleRequestSchema = z.object({
  rule: dueDateRuleSchema.nullable(),
  reason: reasonSchema,
});

/** PUT /admin/indicators/{id}/targets: one year's target or floor. */
export const setTargetRequestSchema = z.object({
  year: periodIdSchema,
  measure: z.enum(['target', 'floor']),
  value: z.number({ error: 'value must be a number' }),
  /** The version the administrator saw (0 when there was none): two people never overwrite blind. */
  version: z.number().int().min(0),
  reason: reasonSchema,
});

/**
 * PUT /admin/indicators/{id}/profile: a year's monthly profile, twelve shares April to March that
 * add up to 100%. A problem names the month (`field: "shares.4"` is August) or `shares`.
 */
export const setProfileRequestSchema = z.object({
  year: periodIdSchema,
  shares: z
    .array(z.unknown(), { error: 'shares must be a list of 12 numbers, April to March.' })
    .superRefine((shares, context) => {
      const numbers = shares.map((share) => (typeof share === 'number' ? share : Number.NaN));
      const problem = profileSharesProblem(numbers);
      if (problem) {
        context.addIssue({
          code: 'custom',
          message: problem.message,
          path: problem.index === null ? [] : [problem.index],
        });
      }
    })
    .transform((shares) => shares as number[]),
  /** The year's profile version the administrator saw (0 when none was set): no blind overwrite. */
  version: z.number().int().min(0),
  reason: reasonSchema,
});

const yearFigureSchema = z.object({
  value: z.number().nullable(),
  version: z.number().int().min(0),
});

/** GET /admin/indicators/{id}: what an administrator may set for one indicator. */
export const indicatorSettingsResponseSchema = z.object({
  indicatorId: z.string(),
  title: z.string(),
  frequency: z.string(),
  /** Financial years with a target or floor, newest first. */
  years: z.array(
    z.object({ year: periodIdSchema, target: yearFigureSchema, floor: yearFigureSchema }),
  ),
  /**
   * The monthly profile in force for each of those years: the one administrators set (`version`
   * counts them) or none (`shares` null: the dataset's profile, described in `datasetProfile`).
   */
  profiles: z.array(
    z.object({
      year: periodIdSchema,
      shares: z.array(z.number()).nullable(),
      version: z.number().int().min(0),
    }),
  ),
  /** How the dataset phases this indicator's year targets, in words; null when it does not. */
  datasetProfile: z.string().nullable(),
  dueRule: z.object({
    rule: dueDateRuleSchema,
    source: z.enum(['set', 'default']),
    description: z.string(),
  }),
  /** Every rule an administrator set, newest first (rule null: back to the default). */
  dueRuleHistory: z.array(
    z.object({
      rule: dueDateRuleSchema.nullable(),
      reason: z.string(),
      actorName: z.string(),
      at: z.string(),
    }),
  ),
});
export type IndicatorSettingsResponse = z.infer<typeof indicatorSettingsResponseSchema>;

/**
 * A reason that must be given: disabling, enabling or signing out a person acts on their account
 * at once, so the audit log always says why (the screen asks too; the server is the one check).
 */
const requiredReasonSchema = z
  .string({ error: 'reason must not be empty: say why, for the audit log.' })
  .trim()
  .min(1, 'reason must not be empty: say why, for the audit log.')
  .max(1000, 'reason must be 1,000 characters or fewer.');

/** PUT /admin/people/{id}/disabled. */
export const setDisabledRequestSchema = z.object({
  disabled: z.boolean({ error: 'disabled must be true or false.' }),
  reason: requiredReasonSchema,
});

/** POST /admin/people/{id}/sign-out-everywhere. */
export const revokeSessionsRequestSchema = z.object({ reason: requiredReasonSchema });

/** GET /admin/audit (and .csv): the filters, all optional, as the URL carries them. */
export const auditQuerySchema = z.object({
  actor: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  from: z.iso.date('from must be a date such as 2012-06-01').optional(),
  to: z.iso.date('to must be a date such as 2012-06-30').optional(),
  before: z.coerce.number().int().positive().optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const adminPaths = {
  indicator: (id: string) => `/admin/indicators/${encodeURIComponent(id)}`,
  targets: (id: string) => `/admin/indicators/${encodeURIComponent(id)}/targets`,
  profile: (id: string) => `/admin/indicators/${encodeURIComponent(id)}/profile`,
  dueRule: (id: string) => `/admin/indicators/${encodeURIComponent(id)}/due-rule`,
  personDisabled: (id: string) => `/admin/people/${encodeURIComponent(id)}/disabled`,
  personSignOut: (id: string) => `/admin/people/${encodeURIComponent(id)}/sign-out-everywhere`,
} as const;
