/**
 * The returns-template batch over HTTP (docs/api.md, docs/returns-template.md): one filled template
 * committed as one batch, through the same return cycle as figures typed in, and undone as one.
 * The server, the MSW handlers and the client all validate with these schemas.
 */
import { z } from 'zod';
import { polaritySchema, periodIdSchema } from '@/data/contract/dataset-schema';
import { BATCH_MODES, MAX_TEMPLATE_ROWS, PROFILE_SHAPES } from '@/domain/returns-template';
import { returnStatusSchema } from './accounts-contract';

/** Where a row came from, so a refusal can name it as the spreadsheet does. */
export const sheetRowSchema = z.object({
  sheet: z.string().min(1).max(64),
  row: z.number().int().positive(),
});
export type SheetRow = z.infer<typeof sheetRowSchema>;

export const batchActualSchema = sheetRowSchema.extend({
  indicatorId: z.string().min(1).max(200),
  period: periodIdSchema,
  area: z.string().min(1).max(200).optional(),
  value: z.number({ error: 'value must be a number' }),
  commentary: z.string().max(4000).nullable().default(null),
});
export type BatchActual = z.infer<typeof batchActualSchema>;

const nullableNumber = z.number().nullable().default(null);

/**
 * One Definitions row: the fields a batch may change (title, polarity, monthly profile, and a
 * year's target and floor), and the ones it only checks against the stored definition.
 */
export const batchDefinitionSchema = sheetRowSchema.extend({
  indicatorId: z.string().min(1).max(200),
  title: z.string().trim().min(1).max(500),
  polarity: polaritySchema,
  unit: z.string().max(40),
  frequency: z.string().max(40),
  rule: z.string().max(40),
  owner: z.string().max(200).nullable().default(null),
  profile: z.enum(PROFILE_SHAPES).nullable().default(null),
  year: periodIdSchema.nullable().default(null),
  target: nullableNumber,
  floor: nullableNumber,
});
export type BatchDefinition = z.infer<typeof batchDefinitionSchema>;

export const returnBatchRequestSchema = z
  .object({
    /** 'check' validates and authorises every row and writes nothing. */
    mode: z.enum([...BATCH_MODES, 'check']),
    fileName: z.string().trim().min(1).max(255),
    actuals: z.array(batchActualSchema).max(MAX_TEMPLATE_ROWS).default([]),
    definitions: z.array(batchDefinitionSchema).max(MAX_TEMPLATE_ROWS).default([]),
  })
  .refine((body) => body.actuals.length + body.definitions.length > 0, {
    message: 'The batch holds no rows to import.',
    path: ['actuals'],
  });
export type ReturnBatchRequest = z.input<typeof returnBatchRequestSchema>;
export type ReturnBatchBody = z.output<typeof returnBatchRequestSchema>;

/** A refusal of one cell: the sheet, the row as Excel numbers it, the column header, in words. */
export const cellProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nonnegative(),
  column: z.string(),
  problem: z.string(),
});
export type CellProblem = z.infer<typeof cellProblemSchema>;

export const returnBatchSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mode: z.enum(BATCH_MODES),
  createdBy: z.string(),
  createdAt: z.string(),
  actuals: z.number().int().nonnegative(),
  definitions: z.number().int().nonnegative(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type ReturnBatch = z.infer<typeof returnBatchSchema>;

/**
 * 200 for a check (batch null), 201 for a commit; 422 carries `problems` naming every bad cell.
 * `unchanged` lists the Definitions rows that are the stored definition as it is (a prefilled row
 * nobody changed): not refused, and not imported either.
 */
export const returnBatchResponseSchema = z.object({
  batch: returnBatchSchema.nullable(),
  problems: z.array(cellProblemSchema),
  unchanged: z.array(sheetRowSchema).default([]),
});
export type ReturnBatchResponse = z.infer<typeof returnBatchResponseSchema>;

/** The returns in progress for one indicator, with the batch each came from: what its page shows. */
export const indicatorReturnsResponseSchema = z.object({
  returns: z.array(
    z.object({
      area: z.string(),
      period: periodIdSchema,
      status: returnStatusSchema,
      statusLabel: z.string(),
      value: z.number().nullable(),
      commentary: z.string().nullable(),
      batchId: z.string().nullable(),
      updatedBy: z.string(),
    }),
  ),
});
export type IndicatorReturnsResponse = z.infer<typeof indicatorReturnsResponseSchema>;

export const batchPaths = {
  batches: () => '/return-batches',
  undo: (id: string) => `/return-batches/${encodeURIComponent(id)}/undo`,
  forIndicator: (indicatorId: string) =>
    `/return-batches/indicators/${encodeURIComponent(indicatorId)}`,
} as const;
