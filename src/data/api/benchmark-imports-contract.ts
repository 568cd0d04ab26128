/**
 * Benchmark imports as they are kept: figures read from a file a council downloaded (Fingertips,
 * LG Inform …), for one indicator's comparison. The same shapes are checked when the browser
 * reads them back from IndexedDB and when the server takes or returns them.
 */
import { z } from 'zod';
import { areaSchema, polaritySchema, unitSchema } from '../contract/dataset-schema';

/** More figures than any real benchmark file holds for one measure (152 authorities × 300 periods). */
export const MAX_IMPORTED_FIGURES = 50_000;
/** The server's ceiling for one import's request body; the default for other writes is 64 KB. */
export const MAX_IMPORT_BODY_BYTES = 8 * 1024 * 1024;

export const importedFigureSchema = z.object({
  areaId: z.string().min(1).max(200),
  name: z.string().max(500),
  code: z.string().max(50).optional(),
  areaType: areaSchema.shape.type,
  isReference: z.boolean(),
  period: z.string().min(1).max(100),
  value: z.number(),
  printed: z.string().max(200),
  row: z.number().int().nonnegative(),
});

/** What the person imports: everything but the id and time the store gives it. */
export const newBenchmarkImportSchema = z.object({
  fileName: z.string().min(1).max(255),
  indicatorId: z.string().min(1).max(200),
  title: z.string().max(500).optional(),
  unitText: z.string().max(200).optional(),
  unit: unitSchema.optional(),
  polarity: polaritySchema,
  figures: z
    .array(importedFigureSchema)
    .min(1, 'An import needs at least one figure.')
    .max(
      MAX_IMPORTED_FIGURES,
      `An import keeps at most ${MAX_IMPORTED_FIGURES.toLocaleString('en-GB')} figures.`,
    ),
});

/**
 * What the browser sends: the import with the id it already shows it under, so a group chosen from
 * the file ('Counties in file.csv', whose id holds the import's) stays chosen once the server has it.
 */
export const benchmarkImportRequestSchema = newBenchmarkImportSchema.extend({
  id: z.string().regex(/^import-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    message: 'must be import- followed by a UUID',
  }),
});
export type NewBenchmarkImport = z.infer<typeof benchmarkImportRequestSchema>;

export const importedSetSchema = newBenchmarkImportSchema.extend({
  id: z.string().min(1),
  importedAt: z.string(),
  /** Who imported it, when the server keeps it; absent for imports kept in this browser. */
  importedBy: z.object({ id: z.string(), name: z.string() }).optional(),
  /** Whether the person asking may remove it (the importer or an administrator). */
  mayRemove: z.boolean().optional(),
});
export type ImportedSet = z.infer<typeof importedSetSchema>;

/**
 * The most figures one import kept in this browser may hold: a file of MAX_IMPORT_ROWS (200,000)
 * rows read as one figure a row. IndexedDB keeps them as columns (below), a few MB at most; the
 * server's ceiling (MAX_IMPORTED_FIGURES) is lower because it takes them as JSON.
 */
export const MAX_STORED_FIGURES = 200_000;

/**
 * A typed array of the given kind, by its tag rather than instanceof: what IndexedDB gives back
 * may come from another realm (a test's jsdom, a worker), where instanceof says no.
 */
const typedArray = <T>(kind: string) =>
  z.custom<T>((value) => Object.prototype.toString.call(value) === `[object ${kind}]`, {
    message: `must be a ${kind}`,
  });
const indexColumn = typedArray<Uint32Array>('Uint32Array');

/**
 * Imported figures as columns, as this browser keeps them in IndexedDB and as the import worker
 * hands them to the page (src/features/compare/import/figure-columns.ts): typed arrays of indexes
 * into one table of distinct strings, so a stored import is read back without a long task.
 */
export const figureColumnsSchema = z.object({
  count: z.number().int().min(1).max(MAX_STORED_FIGURES),
  strings: z.array(z.string().max(500)),
  areaId: indexColumn,
  name: indexColumn,
  code: indexColumn,
  areaType: indexColumn,
  period: indexColumn,
  isReference: typedArray<Uint8Array>('Uint8Array'),
  value: typedArray<Float64Array>('Float64Array'),
  row: indexColumn,
  printed: z.string().max(MAX_STORED_FIGURES * 200),
  printedEnd: indexColumn,
});
export type FigureColumns = z.infer<typeof figureColumnsSchema>;

/** An import as this browser stores it: the set without its figures, and the figures as columns. */
export const storedImportSchema = importedSetSchema
  .omit({ figures: true })
  .extend({ columns: figureColumnsSchema });

export const benchmarkImportsResponseSchema = z.object({
  imports: z.array(importedSetSchema),
  /** False when nobody is signed in: the server keeps imports only for signed-in people. */
  mayAdd: z.boolean(),
});
export type BenchmarkImportsResponse = z.infer<typeof benchmarkImportsResponseSchema>;

export const benchmarkImportResponseSchema = z.object({ import: importedSetSchema });

export const benchmarkImportPaths = {
  list: () => '/benchmark-imports',
  add: () => '/benchmark-imports',
  remove: (id: string) => `/benchmark-imports/${encodeURIComponent(id)}`,
} as const;
