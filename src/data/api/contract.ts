/**
 * The HTTP API contract. The MSW handlers, the static build and any real server implement it;
 * the app validates every response against these schemas (docs/api.md describes it for people).
 */
import { z } from 'zod';
import {
  areaSchema,
  commentarySchema,
  comparatorGroupSchema,
  comparisonTableSchema,
  figureBasisSchema,
  frameworkSchema,
  indicatorKindSchema,
  indicatorSchema,
  manifestSchema,
  observationSchema,
  orgNodeSchema,
  periodIdSchema,
  qualityNoteSchema,
  ragSchema,
  structureSchema,
} from '../contract/dataset-schema';
import { DIRECTIONS, NOT_RATED_REASONS, RAG_STATUSES } from '@/domain/types';
import { PROFILE_CHOICES } from '@/domain/profile';

export const ragStatusSchema = z.enum(RAG_STATUSES);
/** Whether statuses may rest on assumed target profiles ('paper': they may not). */
export const profileChoiceSchema = z.enum(PROFILE_CHOICES);

const plainRatingSchema = z.object({
  status: ragStatusSchema,
  reason: z.string(),
  rule: z.string(),
  notRatedReason: z.enum(NOT_RATED_REASONS).optional(),
  band: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
  stretchAchieved: z.number().optional(),
});
export const ratingSchema = plainRatingSchema.extend({
  /** Set when the status rests on a target profile Ragstone assumed: the assumption in words. */
  assumption: z.string().optional(),
  /** The status without that assumption. */
  withoutAssumption: plainRatingSchema.optional(),
});
export const directionSchema = z.object({
  direction: z.enum(DIRECTIONS),
  reason: z.string(),
  comparedWith: z.string().optional(),
});

const figureSchema = z.object({
  period: periodIdSchema,
  basis: figureBasisSchema,
  value: z.number().nullable(),
  printed: z.string().optional(),
  missing: z.object({ reason: z.string(), text: z.string() }).optional(),
  publishedRag: ragSchema.optional(),
});

/** An indicator with its status as at a period: one row of a dashboard table. */
export const indicatorRowSchema = z.object({
  indicator: indicatorSchema.omit({ provenance: true }),
  asAt: periodIdSchema.nullable(),
  latest: figureSchema.nullable(),
  latestRating: ratingSchema,
  ytd: figureSchema.nullable(),
  ytdRating: ratingSchema.nullable(),
  forecast: figureSchema.nullable(),
  forecastRating: ratingSchema.nullable(),
  target: figureSchema.nullable(),
  floor: figureSchema.nullable(),
  expected: figureSchema.nullable(),
  previousYear: figureSchema.nullable(),
  direction: directionSchema,
  trend: z.array(z.object({ period: periodIdSchema, value: z.number() })),
  commentaryCount: z.number().int().nonnegative(),
  noteCount: z.number().int().nonnegative(),
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

export const statusCountsSchema = z.object({
  green: z.number().int(),
  amber: z.number().int(),
  red: z.number().int(),
  notRated: z.number().int(),
  improving: z.number().int(),
  worsening: z.number().int(),
  noChange: z.number().int(),
  redAndWorsening: z.number().int(),
  /** Counted under another status but red for the year to date (the Exceptions 'Red' list adds these). */
  redYearToDateOnly: z.number().int(),
  missingData: z.number().int(),
  total: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCountsSchema>;

export const manifestResponseSchema = z.object({
  manifest: manifestSchema,
  counts: z.object({
    indicators: z.number().int(),
    observations: z.number().int(),
    areas: z.number().int(),
    notes: z.number().int(),
  }),
  periods: z.array(periodIdSchema),
  /** Problems found loading the dataset: shown, never fatal. */
  problems: z.array(
    z.object({
      file: z.string(),
      path: z.string(),
      message: z.string(),
      severity: z.enum(['error', 'warning']),
    }),
  ),
  writable: z.boolean(),
});

export const organisationResponseSchema = z.object({ structures: z.array(structureSchema) });

export const indicatorListQuerySchema = z.object({
  structure: z.string().optional(),
  node: z.string().optional(),
  framework: frameworkSchema.optional(),
  status: ragStatusSchema.optional(),
  kind: indicatorKindSchema.optional(),
  q: z.string().optional(),
  period: periodIdSchema.optional(),
  area: z.string().optional(),
  /** 'paper': statuses from the paper's figures alone, without assumed target profiles. */
  profiles: profileChoiceSchema.optional(),
});
export type IndicatorListQuery = z.infer<typeof indicatorListQuerySchema>;

export const indicatorListResponseSchema = z.object({
  rows: z.array(indicatorRowSchema),
  total: z.number().int(),
  counts: statusCountsSchema,
});

export const indicatorDetailResponseSchema = z.object({
  row: indicatorRowSchema,
  indicator: indicatorSchema,
  observations: z.array(observationSchema),
  commentary: z.array(commentarySchema),
  notes: z.array(qualityNoteSchema),
  owners: z.array(orgNodeSchema),
  comparisonAreaCount: z.number().int(),
});

export const scorecardResponseSchema = z.object({
  structureId: z.string(),
  node: orgNodeSchema,
  breadcrumb: z.array(orgNodeSchema),
  children: z.array(z.object({ node: orgNodeSchema, counts: statusCountsSchema })),
  counts: statusCountsSchema,
  rows: z.array(indicatorRowSchema),
  /** National indicators and Towards 2010 targets the node leads or supports. */
  responsibilities: z.array(
    z.object({
      indicatorId: z.string(),
      title: z.string(),
      codes: z.array(z.object({ framework: frameworkSchema, code: z.string() })),
      role: z.enum(['lead', 'support', 'reports']),
    }),
  ),
});

export const statusSummaryResponseSchema = z.object({
  node: orgNodeSchema,
  period: periodIdSchema.nullable(),
  counts: statusCountsSchema,
  byChild: z.array(z.object({ node: orgNodeSchema, counts: statusCountsSchema })),
});

/**
 * Each area's actual figures over time, one number per period (null: no figure), for the
 * over-time view: a few kilobytes where the figures as observations were a megabyte.
 */
export const comparisonSeriesSchema = z.object({
  /** The periods with at least one actual figure, oldest first. */
  periods: z.array(periodIdSchema),
  areas: z.array(
    z.object({
      area: z.string(),
      /** Aligned with `periods`; a figure for the period alone wins over a year-to-date one. */
      values: z.array(z.number().nullable()),
      /** The documents the area's figures come from, for a chart's source line. */
      documents: z.array(z.string()),
    }),
  ),
});

/** The actual figures each area contributes for one period (comparison-figures.ts says which). */
export const comparisonFiguresResponseSchema = z.object({
  indicatorId: z.string(),
  period: periodIdSchema.nullable(),
  observations: z.array(observationSchema),
});

export const comparisonResponseSchema = z.object({
  indicator: indicatorSchema,
  areas: z.array(areaSchema),
  groups: z.array(comparatorGroupSchema),
  tables: z.array(comparisonTableSchema),
  /** Every period with a figure of any measure, oldest first. */
  periods: z.array(periodIdSchema),
  series: comparisonSeriesSchema,
  /**
   * The figures of the period the comparison opens on for the dataset's own authority (its
   * latest period with the most areas reporting), so the first view needs one request.
   */
  figures: comparisonFiguresResponseSchema,
});

export const comparableIndicatorsResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      codes: z.array(z.object({ framework: frameworkSchema, code: z.string() })),
      areaCount: z.number().int(),
      periods: z.array(periodIdSchema),
    }),
  ),
});

/** What a write may record: the actual, or the target or floor it is rated against. */
export const writableMeasureSchema = z.enum(['actual', 'target', 'floor']);
export type WritableMeasure = z.infer<typeof writableMeasureSchema>;

export const recordActualRequestSchema = z.object({
  /** Left out: the dataset's own authority (its manifest's `authority.id`). */
  area: z.string().min(1).optional(),
  period: periodIdSchema,
  basis: figureBasisSchema.default('period'),
  measure: writableMeasureSchema.default('actual'),
  value: z.number({ error: 'value must be a number' }),
  commentary: z.string().max(4000).optional(),
  /** True when the person confirmed a period far from the indicator's other figures (e.g. 2102). */
  confirmPeriod: z.boolean().optional(),
  /** Why a figure is being corrected; kept in the history. Needed when replacing a figure. */
  reason: z.string().max(1000).optional(),
});
export type RecordActualRequest = z.infer<typeof recordActualRequestSchema>;

/** Who made a change, as the history shows them. */
export const actorSchema = z.object({ id: z.string().min(1), name: z.string().min(1) });
export type Actor = z.infer<typeof actorSchema>;

/** One change to a figure or a commentary: never a silent overwrite. */
export const changeEntrySchema = z.object({
  id: z.number().int().positive(),
  indicatorId: z.string(),
  area: z.string(),
  period: periodIdSchema,
  basis: figureBasisSchema,
  subject: z.enum(['actual', 'target', 'floor', 'commentary']),
  /** The figure's version after this change (1 for a first figure; commentary counts apart). */
  version: z.number().int().positive(),
  before: z.number().nullable(),
  after: z.number().nullable(),
  /** The commentary's words, for a commentary entry. */
  text: z.string().optional(),
  reason: z.string(),
  actor: actorSchema,
  at: z.iso.datetime({ offset: true }),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

/**
 * A monthly profile an administrator set for a financial year: a new version of the year's
 * profile, never an overwrite. `shares` are April to March in percent (src/domain/set-profiles.ts).
 */
export const profileChangeSchema = z.object({
  indicatorId: z.string(),
  year: periodIdSchema,
  /** The year's profile version after this change (1 for the first one set). */
  version: z.number().int().positive(),
  before: z.array(z.number()).nullable(),
  shares: z.array(z.number()),
  reason: z.string(),
  actor: actorSchema,
  at: z.iso.datetime({ offset: true }),
});
export type ProfileChange = z.infer<typeof profileChangeSchema>;

/** `GET /indicators/{id}/history?area=`: newest first; the profiles set, newest first, beside. */
export const historyResponseSchema = z.object({
  entries: z.array(changeEntrySchema),
  profileChanges: z.array(profileChangeSchema).default([]),
});
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

/** 201 Created (a first figure) or 200 (a correction): what was stored, and the row recomputed. */
export const recordActualResponseSchema = z.object({
  observation: observationSchema,
  commentary: commentarySchema.nullable(),
  row: indicatorRowSchema,
  /** The figure's version now: send it as `If-Match: "N"` to correct it. */
  version: z.number().int().positive(),
  change: changeEntrySchema,
});
export type RecordActualResponse = z.infer<typeof recordActualResponseSchema>;

/** 409: the figure changed (or already existed) since the writer looked; both values shown. */
export const conflictErrorSchema = z.object({
  error: z.string(),
  field: z.string().optional(),
  current: z.object({
    value: z.number().nullable(),
    version: z.number().int().nonnegative(),
    /** The last change to it, when it was made in Ragstone rather than loaded from the papers. */
    lastChange: changeEntrySchema.nullable(),
  }),
  proposed: z.object({ value: z.number() }),
});
export type ConflictErrorBody = z.infer<typeof conflictErrorSchema>;

export const apiErrorSchema = z.object({
  error: z.string(),
  field: z.string().optional(),
});

/** Why a static publication refuses a write: the same words from its client and from the engine. */
export const STATIC_WRITE_MESSAGE =
  'This copy of Ragstone is a static publication; recording figures needs the Ragstone API.';

/** Why a static publication shows no change history. */
export const STATIC_HISTORY_MESSAGE =
  'This copy of Ragstone is a static publication; the history of changes is kept by the Ragstone server.';

/** Paths relative to the API base (`/api` by default). */
export const apiPaths = {
  manifest: () => '/manifest',
  organisation: () => '/organisation',
  indicators: () => '/indicators',
  indicator: (id: string) => `/indicators/${encodeURIComponent(id)}`,
  recordActual: (id: string) => `/indicators/${encodeURIComponent(id)}/actuals`,
  history: (id: string) => `/indicators/${encodeURIComponent(id)}/history`,
  scorecard: (structureId: string, nodeId: string) =>
    `/organisation/${encodeURIComponent(structureId)}/${encodeURIComponent(nodeId)}/scorecard`,
  statusSummary: (structureId: string, nodeId: string) =>
    `/organisation/${encodeURIComponent(structureId)}/${encodeURIComponent(nodeId)}/summary`,
  comparableIndicators: () => '/compare',
  comparison: (indicatorId: string) => `/compare/${encodeURIComponent(indicatorId)}`,
  /** One period's figures: `?period=` (a period id) is required. */
  comparisonFigures: (indicatorId: string) => `/compare/${encodeURIComponent(indicatorId)}/figures`,
} as const;

export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type ManifestResponse = z.infer<typeof manifestResponseSchema>;
export type OrganisationResponse = z.infer<typeof organisationResponseSchema>;
export type IndicatorListResponse = z.infer<typeof indicatorListResponseSchema>;
export type IndicatorDetailResponse = z.infer<typeof indicatorDetailResponseSchema>;
export type ScorecardResponse = z.infer<typeof scorecardResponseSchema>;
export type StatusSummaryResponse = z.infer<typeof statusSummaryResponseSchema>;
export type ComparisonResponse = z.infer<typeof comparisonResponseSchema>;
export type ComparableIndicatorsResponse = z.infer<typeof comparableIndicatorsResponseSchema>;
export type ComparisonSeries = z.infer<typeof comparisonSeriesSchema>;
export type ComparisonFiguresResponse = z.infer<typeof comparisonFiguresResponseSchema>;
/** What callers pass: area and basis may be left out (they default to the authority and 'period'). */
export type RecordActualInput = z.input<typeof recordActualRequestSchema>;

export * from './accounts-contract';
export * from './benchmark-imports-contract';
export * from './admin-contract';
