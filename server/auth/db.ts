/** The database type the accounts layer works with: any Drizzle PostgreSQL database (PGlite or pg). */
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

export type AccountsDatabase = PgDatabase<PgQueryResultHKT>;
