/**
 * Benchmark imports kept on the server. Adding and removing each write the row and its audit entry
 * in one transaction; a removal marks the row (who, when) and never deletes it. Rows are checked
 * with the contract's zod schema when read, like every other input.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { importedSetSchema, type ImportedSet, type NewBenchmarkImport } from '@/data/api/contract';
import { appendAudit } from './audit';
import type { AccountsDatabase } from './db';
import { benchmarkImports } from './schema';

type Row = typeof benchmarkImports.$inferSelect;

export interface StoredImport {
  set: ImportedSet;
  importedBy: string;
}

function fromRow(row: Row): StoredImport | null {
  const parsed = importedSetSchema.safeParse({
    id: row.id,
    indicatorId: row.indicatorId,
    fileName: row.fileName,
    title: row.title ?? undefined,
    unitText: row.unitText ?? undefined,
    unit: row.unit ?? undefined,
    polarity: row.polarity,
    figures: row.figures,
    importedAt: row.importedAt.toISOString(),
    importedBy: { id: row.importedBy, name: row.importedByName },
  });
  // A row that no longer fits the contract is left out (and stays in the table), never served.
  return parsed.success ? { set: parsed.data, importedBy: row.importedBy } : null;
}

export async function currentImports(db: AccountsDatabase): Promise<StoredImport[]> {
  const rows = await db
    .select()
    .from(benchmarkImports)
    .where(isNull(benchmarkImports.removedAt))
    .orderBy(asc(benchmarkImports.importedAt), asc(benchmarkImports.id));
  return rows.flatMap((row) => fromRow(row) ?? []);
}

export async function findImport(
  db: AccountsDatabase,
  id: string,
  options: { includeRemoved?: boolean } = {},
): Promise<StoredImport | null> {
  const [row] = await db
    .select()
    .from(benchmarkImports)
    .where(
      options.includeRemoved
        ? eq(benchmarkImports.id, id)
        : and(eq(benchmarkImports.id, id), isNull(benchmarkImports.removedAt)),
    );
  return row ? fromRow(row) : null;
}

interface Change {
  actor: { id: string; name: string };
  address: string;
}

/** What the audit log keeps of an import: enough to say what it was, not every figure. */
const summary = (set: Pick<ImportedSet, 'fileName' | 'indicatorId' | 'title' | 'figures'>) => ({
  fileName: set.fileName,
  indicatorId: set.indicatorId,
  title: set.title ?? null,
  figures: set.figures.length,
});

export async function addImport(
  db: AccountsDatabase,
  entry: NewBenchmarkImport,
  change: Change,
): Promise<StoredImport> {
  const { id } = entry;
  await db.transaction(async (tx) => {
    await tx.insert(benchmarkImports).values({
      id,
      indicatorId: entry.indicatorId,
      fileName: entry.fileName,
      title: entry.title ?? null,
      unitText: entry.unitText ?? null,
      unit: entry.unit ?? null,
      polarity: entry.polarity,
      figures: entry.figures,
      figureCount: entry.figures.length,
      importedBy: change.actor.id,
      importedByName: change.actor.name,
    });
    await appendAudit(tx, {
      actor: change.actor,
      action: 'benchmark-import.add',
      subject: `benchmark import ${id} (${entry.fileName})`,
      new: summary(entry),
      address: change.address,
    });
  });
  const stored = await findImport(db, id);
  if (!stored) throw new Error(`The import ${id} was written but cannot be read back.`);
  return stored;
}

/** False when someone else removed it first. */
export async function removeImport(
  db: AccountsDatabase,
  stored: StoredImport,
  change: Change,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(benchmarkImports)
      .set({ removedBy: change.actor.id, removedAt: new Date() })
      .where(and(eq(benchmarkImports.id, stored.set.id), isNull(benchmarkImports.removedAt)))
      .returning({ id: benchmarkImports.id });
    if (marked.length === 0) return false;
    await appendAudit(tx, {
      actor: change.actor,
      action: 'benchmark-import.remove',
      subject: `benchmark import ${stored.set.id} (${stored.set.fileName})`,
      old: summary(stored.set),
      address: change.address,
    });
    return true;
  });
}
