/**
 * The dataset contract: every figure Ragstone shows enters through these schemas.
 * A dataset is a folder holding `manifest.json` and the bundle files it lists;
 * docs/data-format.md explains each field for councils preparing their own files.
 */
import { z } from 'zod';
import { FIGURE_BASES } from '@/domain/figure-basis';
import { FRAMEWORKS } from '@/domain/frameworks';
import { MISSING_REASONS } from '@/domain/missing-reasons';
import { PERIOD_ID_HINT, PERIOD_ID_PATTERN, periodIdProblem } from '@/domain/periods';
import { INDICATOR_KINDS } from '@/domain/rating';
import {
  FREQUENCIES,
  PROFILE_SHAPES,
  UNIT_TYPES,
  type RULE_TYPES,
} from '@/domain/returns-template';
import { POLARITY_KINDS } from '@/domain/types';
import { unknownNameMessage } from '@/lib/nearest-name';

/**
 * A record that accepts only the keys it names: a misspelt key ('printd') is an error naming the
 * key and the nearest known one, never silently dropped. Messages for several keys list each.
 */
function closedObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => unknownNameMessage('key', key, known)).join('; ')
        : undefined,
  });
}

export const frameworkSchema = z.enum(FRAMEWORKS);
export type Framework = z.infer<typeof frameworkSchema>;

/** Where a figure came from: the document, its line, and the row exactly as printed. */
export const provenanceSchema = closedObject({
  document: z.string().min(1),
  line: z.number().int().positive(),
  row: z.string().min(1).max(2000),
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens');

/**
 * Canonical period identifiers (src/domain/periods parses these and the council spellings):
 * financial year `2007/08`, quarter `2012/13 Q1`, month `2012-05`, calendar year `2010`,
 * academic year `AY 2011/12`.
 */
export const periodIdSchema = z
  .string()
  // The pattern is what JSON Schema can say; the years are then checked by the domain's reader.
  .regex(PERIOD_ID_PATTERN, {
    message: PERIOD_ID_HINT,
    abort: true,
  })
  .superRefine((id, context) => {
    const problem = periodIdProblem(id);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem, input: id });
  });

export const polaritySchema = z.enum(POLARITY_KINDS);
export type Polarity = z.infer<typeof polaritySchema>;

export const unitSchema = closedObject({
  type: z.enum(UNIT_TYPES),
  /** For rates: the population base, e.g. 1000 for 'per 1,000 population aged 65+'. */
  per: z.number().positive().optional(),
  /** Plain words for the base or scale, e.g. 'population aged 65 and over'. */
  label: z.string().optional(),
  decimals: z.number().int().min(0).max(4).optional(),
});
export type MeasureUnit = z.infer<typeof unitSchema>;

export const frequencySchema = z.enum(FREQUENCIES);
export type Frequency = z.infer<typeof frequencySchema>;

export const indicatorKindSchema = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

export const notRatedReasonSchema = z.enum([
  'no-target',
  'activity',
  'context',
  'no-data',
  'reported-less-often',
]);

export const ratingRuleSchema = z.discriminatedUnion('type', [
  /** Kent's rule: Green target met, Amber at or beyond the floor, Red past the floor. */
  closedObject({ type: z.literal('target-floor') }),
  closedObject({
    type: z.literal('target-tolerance'),
    tolerance: z.number().nonnegative(),
    toleranceKind: z.enum(['absolute', 'percent']),
  }),
  /**
   * PAF bands 1–5: thresholds are the lowest values (or highest, lower-is-better) for bands 2..5.
   * Without thresholds the band published beside each figure (measure 'band') rates it.
   */
  closedObject({
    type: z.literal('paf-bands'),
    thresholds: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  }),
  closedObject({ type: z.literal('milestone') }),
  closedObject({
    type: z.literal('lpsa-stretch'),
    rewardThreshold: z.number().min(0).max(1).default(0.6),
  }),
  closedObject({ type: z.literal('not-rated'), reason: notRatedReasonSchema }),
]);
export type RatingRule = z.infer<typeof ratingRuleSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** The template's list of rule types is the union's: a rule added to one and not the other fails tsc. */
export type RuleTypesAgree = Holds<Same<RatingRule['type'], (typeof RULE_TYPES)[number]>>;

export const ownerSchema = closedObject({
  nodeId: idSchema,
  role: z.enum(['lead', 'support', 'reports']),
  /** The structure the node belongs to; defaults to the indicator's structure. */
  structureId: idSchema.optional(),
});

export const indicatorCodeSchema = closedObject({
  framework: frameworkSchema,
  code: z.string().min(1),
});
export type IndicatorCode = z.infer<typeof indicatorCodeSchema>;

/**
 * How a year's target is spread over its months. 'paper': the paper prints the phasing; 'assumed':
 * Ragstone assumes it (shown as an assumption, with the status without it). 'not-printed': the
 * paper phases the target but does not print how, and no honest assumption reproduces its status.
 */
export const targetProfileSchema = closedObject({
  shape: z.enum(PROFILE_SHAPES),
  source: z.enum(['paper', 'assumed']),
  /** Why this shape, or why none is applied, in words for a performance manager. */
  reason: z.string().min(1),
});
export type TargetProfile = z.infer<typeof targetProfileSchema>;

export const indicatorSchema = closedObject({
  id: idSchema,
  title: z.string().min(1),
  codes: z.array(indicatorCodeSchema),
  kind: indicatorKindSchema,
  polarity: polaritySchema,
  /** Why the polarity is what it is, or why it is unknown. */
  polarityReason: z.string().optional(),
  unit: unitSchema,
  frequency: frequencySchema,
  rule: ratingRuleSchema,
  /** How the year's target is phased over its months, when a month's figure is judged against it. */
  profile: targetProfileSchema.optional(),
  description: z.string().optional(),
  owners: z.array(ownerSchema).default([]),
  provenance: z.array(provenanceSchema).default([]),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const MEASURES = [
  'actual',
  'target',
  'floor',
  'forecast',
  'estimate',
  'baseline',
  'expected',
  'band',
  'target-without-stretch',
  'target-with-stretch',
  'milestone',
] as const;
export const measureSchema = z.enum(MEASURES);
export type Measure = z.infer<typeof measureSchema>;

export const missingReasonSchema = z.enum(MISSING_REASONS);
export type MissingReason = z.infer<typeof missingReasonSchema>;

export const figureBasisSchema = z.enum(FIGURE_BASES);

export const ragSchema = z.enum(['green', 'amber', 'red']);
export type Rag = z.infer<typeof ragSchema>;

export const observationSchema = closedObject({
  indicatorId: idSchema,
  area: idSchema,
  period: periodIdSchema,
  /** `period` is the figure for that period alone; `ytd` is cumulative from April to it; `rolling-12` the 12 months ending with it. */
  basis: figureBasisSchema.default('period'),
  measure: measureSchema,
  value: z.number().nullable(),
  /** The cell exactly as printed, e.g. `523k`, `£3.14m`, `≤59.5`, `TBC`. */
  printed: z.string().optional(),
  missing: closedObject({ reason: missingReasonSchema, text: z.string() }).optional(),
  /** A status stated in words, for milestone targets ('on course', 'complete', 'slippage'). */
  text: z.string().optional(),
  /** The RAG the source itself published for this figure, kept to check our own rating. */
  publishedRag: ragSchema.optional(),
  provenance: provenanceSchema.optional(),
}).refine((o) => o.value !== null || o.missing !== undefined || o.text !== undefined, {
  message: 'a figure with no value must say why (missing) or carry a status in words (text)',
  path: ['missing'],
});
export type Observation = z.infer<typeof observationSchema>;

export const commentarySchema = closedObject({
  indicatorId: idSchema,
  area: idSchema,
  period: periodIdSchema,
  text: z.string().min(1),
  author: z.string().optional(),
  provenance: provenanceSchema.optional(),
});
export type Commentary = z.infer<typeof commentarySchema>;

export const qualityNoteSchema = closedObject({
  id: idSchema,
  kind: z.enum([
    'garbled',
    'contradiction',
    'typo',
    'direction-lost',
    'rating-mismatch',
    'ambiguous',
    'other',
  ]),
  text: z.string().min(1),
  indicatorIds: z.array(idSchema).default([]),
  provenance: z.array(provenanceSchema).default([]),
});
export type QualityNote = z.infer<typeof qualityNoteSchema>;

export const orgNodeSchema = closedObject({
  id: idSchema,
  name: z.string().min(1),
  kind: z.enum(['authority', 'directorate', 'division', 'unit']),
  parentId: idSchema.nullable(),
  provenance: provenanceSchema.optional(),
});
export type OrgNode = z.infer<typeof orgNodeSchema>;

export const structureSchema = closedObject({
  id: idSchema,
  name: z.string().min(1),
  /** The date the structure applies from (the paper's date), ISO `YYYY-MM-DD`. */
  asAt: z.iso.date(),
  nodes: z.array(orgNodeSchema),
});
export type Structure = z.infer<typeof structureSchema>;

export const areaSchema = closedObject({
  id: idSchema,
  name: z.string().min(1),
  type: z.enum([
    'county',
    'unitary',
    'metropolitan',
    'london-borough',
    'district',
    'region',
    'country',
    'average',
    'other',
  ]),
  region: z.string().optional(),
});
export type Area = z.infer<typeof areaSchema>;

export const comparatorGroupSchema = closedObject({
  id: idSchema,
  name: z.string().min(1),
  kind: z.enum([
    'statistical-neighbours',
    'family-group',
    'benchmark-club',
    'named-comparators',
    'region',
    'national',
    'user',
  ]),
  leadArea: idSchema.optional(),
  members: z.array(idSchema),
  provenance: z.array(provenanceSchema).default([]),
});
export type ComparatorGroup = z.infer<typeof comparatorGroupSchema>;

/** A comparison table as printed: measures (indicators) across areas, for one group. */
export const comparisonTableSchema = closedObject({
  id: idSchema,
  title: z.string().min(1),
  groupId: idSchema.optional(),
  indicatorIds: z.array(idSchema).min(1),
  areaIds: z.array(idSchema).min(1),
  periodNote: z.string().optional(),
  provenance: z.array(provenanceSchema).default([]),
});
export type ComparisonTable = z.infer<typeof comparisonTableSchema>;

export const bundleSchema = closedObject({
  $schema: z.string().optional(),
  /** What this file holds, in words. */
  description: z.string().optional(),
  areas: z.array(areaSchema).default([]),
  groups: z.array(comparatorGroupSchema).default([]),
  structures: z.array(structureSchema).default([]),
  indicators: z.array(indicatorSchema).default([]),
  observations: z.array(observationSchema).default([]),
  commentary: z.array(commentarySchema).default([]),
  notes: z.array(qualityNoteSchema).default([]),
  comparisonTables: z.array(comparisonTableSchema).default([]),
});
export type Bundle = z.infer<typeof bundleSchema>;

export const sourceDocumentSchema = closedObject({
  document: z.string().min(1),
  title: z.string().min(1),
  date: z.iso.date().optional(),
});

/**
 * Why a file named in the manifest may not be read, or null: names are relative to the dataset
 * folder and must stay inside it, so '../', an absolute path or a drive letter is refused.
 * (The folder reader also refuses a link that resolves outside.)
 */
export function datasetFilePathProblem(name: string): string | null {
  const isAbsolute = /^([/\\]|[A-Za-z]:)/.test(name);
  const climbs = name.split(/[/\\]/).includes('..');
  return isAbsolute || climbs
    ? `"${name}" must be a path inside the dataset folder (no "../" and not absolute), so it is not loaded`
    : null;
}

export const manifestSchema = closedObject({
  $schema: z.string().optional(),
  authority: closedObject({ id: idSchema, name: z.string().min(1) }),
  title: z.string().min(1),
  published: z.iso.date(),
  version: z.string().min(1),
  synthetic: z.boolean().default(false),
  sources: z.array(sourceDocumentSchema).default([]),
  files: z
    .array(
      z
        .string()
        .regex(/^[\w./-]+\.json$/, { message: 'must be a relative .json path', abort: true })
        .superRefine((name, context) => {
          const problem = datasetFilePathProblem(name);
          if (problem !== null) context.addIssue({ code: 'custom', message: problem, input: name });
        }),
    )
    .min(1),
});
export type Manifest = z.infer<typeof manifestSchema>;
