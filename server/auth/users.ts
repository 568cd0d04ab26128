/** People and their grants. Every row read back is checked with zod before use. */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ROLE_NAMES, type RoleGrant } from '@/domain/roles';
import type { AccountsDatabase } from './db';
import { roleGrants, users } from './schema';

export interface Person {
  id: string;
  email: string;
  name: string;
  disabled: boolean;
  grants: RoleGrant[];
}

const grantRowSchema = z
  .object({ role: z.enum(ROLE_NAMES), structureId: z.string(), nodeId: z.string() })
  .transform((row): RoleGrant => {
    if (row.role === 'contributor' || row.role === 'approver') {
      return { role: row.role, unit: { structureId: row.structureId, nodeId: row.nodeId } };
    }
    return { role: row.role };
  });

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

async function grantsOf(db: AccountsDatabase, userId: string): Promise<RoleGrant[]> {
  const rows = await db
    .select({
      role: roleGrants.role,
      structureId: roleGrants.structureId,
      nodeId: roleGrants.nodeId,
    })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId));
  return rows.map((row) => grantRowSchema.parse(row));
}

export interface StoredPerson extends Person {
  passwordHash: string | null;
}

export async function findByEmail(
  db: AccountsDatabase,
  email: string,
): Promise<StoredPerson | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normaliseEmail(email)}`);
  if (!row) return null;
  return {
    ...withoutHash(row),
    passwordHash: row.passwordHash,
    grants: await grantsOf(db, row.id),
  };
}

export async function findById(db: AccountsDatabase, id: string): Promise<Person | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? { ...withoutHash(row), grants: await grantsOf(db, row.id) } : null;
}

function withoutHash(row: typeof users.$inferSelect): Omit<Person, 'grants'> {
  return { id: row.id, email: row.email, name: row.name, disabled: row.disabled };
}

export async function countUsers(db: AccountsDatabase): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function listPeople(db: AccountsDatabase): Promise<Person[]> {
  const rows = await db.select().from(users).orderBy(users.name);
  return Promise.all(
    rows.map(async (row) => ({ ...withoutHash(row), grants: await grantsOf(db, row.id) })),
  );
}

export interface NewPerson {
  email: string;
  name: string;
  passwordHash: string | null;
  grants: readonly RoleGrant[];
}

export async function createPerson(
  db: AccountsDatabase,
  person: NewPerson,
  alsoInTransaction?: AlsoInTransaction,
): Promise<Person> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(users).values({
      id,
      email: person.email.trim(),
      name: person.name.trim(),
      passwordHash: person.passwordHash,
    });
    await writeGrants(tx, id, person.grants);
    await alsoInTransaction?.(tx);
  });
  const created = await findById(db, id);
  if (!created) throw new Error(`person ${id} vanished after being created`);
  return created;
}

async function writeGrants(
  db: Pick<AccountsDatabase, 'insert'>,
  userId: string,
  grants: readonly RoleGrant[],
): Promise<void> {
  if (grants.length === 0) return;
  await db
    .insert(roleGrants)
    .values(
      grants.map((grant) => ({
        userId,
        role: grant.role,
        structureId: 'unit' in grant ? grant.unit.structureId : '',
        nodeId: 'unit' in grant ? grant.unit.nodeId : '',
      })),
    )
    .onConflictDoNothing();
}

/** What must commit together with a change to a person (its audit row). */
export type AlsoInTransaction = (tx: Pick<AccountsDatabase, 'insert'>) => Promise<void>;

export async function replaceGrants(
  db: AccountsDatabase,
  userId: string,
  grants: readonly RoleGrant[],
  alsoInTransaction?: AlsoInTransaction,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(roleGrants).where(eq(roleGrants.userId, userId));
    await writeGrants(tx, userId, grants);
    await alsoInTransaction?.(tx);
  });
}

/** Disabling keeps the person and their history; they simply cannot sign in or act. */
export async function setDisabled(
  db: AccountsDatabase,
  userId: string,
  disabled: boolean,
  alsoInTransaction?: AlsoInTransaction,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ disabled }).where(eq(users.id, userId));
    await alsoInTransaction?.(tx);
  });
}
