/** What the returns-batch handlers share: their dependencies, a viewer's refusal, a conflict's 409. */
import type { Context } from 'hono';
import type { RagstoneService } from '../service';
import { BatchConflict } from './batch-store';
import type { AccountsDatabase } from './db';

export interface BatchDeps {
  db: AccountsDatabase;
  service: RagstoneService;
  addressOf: (c: Context) => string;
}

export const VIEWER_REFUSAL =
  'Your account may read figures only: importing returns needs a contributor role for the units that own them.';

/**
 * Runs a batch write; a BatchConflict (a figure moved on while it was written) becomes a 409 in
 * its own words, and null means it was written. Anything else is thrown on.
 */
export async function writeOr409(c: Context, write: () => Promise<void>) {
  try {
    await write();
    return null;
  } catch (error) {
    if (error instanceof BatchConflict) return c.json({ error: error.message }, 409);
    throw error;
  }
}
