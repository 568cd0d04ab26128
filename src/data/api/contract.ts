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

export const ragStatusSchema = z.enum(RAG_STATUSES);
export const ratingSchema = z.object({
  status: ragStatusSchema,
  reason: z.string(),
  rule: z.string(),
  notRatedReason: z.enum(NOT_RATED_REASONS).optional(),
  band: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
  stretchAchieved: z.number().optional(),
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

export const comparisonResponseSchema = z.object({
  indicator: indicatorSchema,
  areas: z.array(areaSchema),
  groups: z.array(comparatorGroupSchema),
  observations: z.array(observationSchema),
  tables: z.array(comparisonTableSchema),
  periods: z.array(periodIdSchema),
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

export const recordActualRequestSchema = z.object({
  /** Left out: the dataset's own authority (its manifest's `authority.id`). */
  area: z.string().min(1).optional(),
  period: periodIdSchema,
  basis: figureBasisSchema.default('period'),
  value: z.number({ error: 'value must be a number' }),
  commentary: z.string().max(4000).optional(),
});
export type RecordActualRequest = z.infer<typeof recordActualRequestSchema>;

/** 201 Created: what was stored, and the indicator's row recomputed with it. */
export const recordActualResponseSchema = z.object({
  observation: observationSchema,
  commentary: commentarySchema.nullable(),
  row: indicatorRowSchema,
});
export type RecordActualResponse = z.infer<typeof recordActualResponseSchema>;

export const apiErrorSchema = z.object({
  error: z.string(),
  field: z.string().optional(),
});

/** Why a static publication refuses a write: the same words from its client and from the engine. */
export const STATIC_WRITE_MESSAGE =
  'This copy of Ragstone is a static publication; recording figures needs the Ragstone API.';

/** Paths relative to the API base (`/api` by default). */
export const apiPaths = {
  manifest: () => '/manifest',
  organisation: () => '/organisation',
  indicators: () => '/indicators',
  indicator: (id: string) => `/indicators/${encodeURIComponent(id)}`,
  recordActual: (id: string) => `/indicators/${encodeURIComponent(id)}/actuals`,
  scorecard: (structureId: string, nodeId: string) =>
    `/organisation/${encodeURIComponent(structureId)}/${encodeURIComponent(nodeId)}/scorecard`,
  statusSummary: (structureId: string, nodeId: string) =>
    `/organisation/${encodeURIComponent(structureId)}/${encodeURIComponent(nodeId)}/summary`,
  comparableIndicators: () => '/compare',
  comparison: (indicatorId: string) => `/compare/${encodeURIComponent(indicatorId)}`,
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
/** What callers pass: area and basis may be left out (they default to the authority and 'period'). */
export type RecordActualInput = z.input<typeof recordActualRequestSchema>;
