/**
 * Benchmark imports over HTTP: list (anyone who may read the figures), add (signed in), remove
 * (the importer or an administrator, ADR 0053). Bodies are checked with the contract's zod schema;
 * the store writes each change with its audit entry in one transaction.
 */
import { Hono, type Context } from 'hono';
import { benchmarkImportRequestSchema, type ImportedSet } from '@/data/api/contract';
import { canRemoveImport, mayWriteAnything } from '@/domain/roles';
import type { AccountsDatabase } from './db';
import { readJson } from './json-body';
import type { Actor, AuthEnv } from './middleware';
import {
  addImport,
  currentImports,
  findImport,
  removeImport,
  type StoredImport,
} from './benchmark-imports-store';

export interface BenchmarkImportsDeps {
  db: AccountsDatabase;
  addressOf: (c: Context) => string;
  /** Whether an indicator exists: imports belong to one indicator's comparison. */
  hasIndicator: (id: string) => boolean;
}

const forActor = (stored: StoredImport, actor: Actor | null): ImportedSet => ({
  ...stored.set,
  mayRemove: canRemoveImport(actor, stored.importedBy),
});

const VIEWER_REFUSAL =
  'Your account may read figures only: keeping or removing an import for everyone needs a contributor, approver or administrator role. You can still compare with a file for this session.';

export function benchmarkImportsRoutes(deps: BenchmarkImportsDeps) {
  const app = new Hono<AuthEnv>();

  app.get('/benchmark-imports', async (c) => {
    const actor = c.get('actor');
    const stored = await currentImports(deps.db);
    return c.json({
      imports: stored.map((s) => forActor(s, actor)),
      mayAdd: mayWriteAnything(actor),
    });
  });

  app.post('/benchmark-imports', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to keep an import on the server.' }, 401);
    if (!mayWriteAnything(actor)) return c.json({ error: VIEWER_REFUSAL }, 403);
    const parsed = benchmarkImportRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      return c.json(
        {
          error: issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'Invalid import.',
          field: issue?.path.join('.') ?? 'body',
        },
        422,
      );
    }
    if (!deps.hasIndicator(parsed.data.indicatorId)) {
      return c.json(
        {
          error: `There is no indicator ${parsed.data.indicatorId} to compare with.`,
          field: 'indicatorId',
        },
        422,
      );
    }
    if (await findImport(deps.db, parsed.data.id, { includeRemoved: true })) {
      return c.json({ error: 'An import with that id is already kept.', field: 'id' }, 409);
    }
    const stored = await addImport(deps.db, parsed.data, {
      actor,
      address: deps.addressOf(c),
    });
    return c.json({ import: forActor(stored, actor) }, 201);
  });

  app.delete('/benchmark-imports/:id', async (c) => {
    const actor = c.get('actor');
    if (!actor) return c.json({ error: 'Sign in to remove an import.' }, 401);
    if (!mayWriteAnything(actor)) return c.json({ error: VIEWER_REFUSAL }, 403);
    const stored = await findImport(deps.db, c.req.param('id'));
    if (!stored) return c.json({ error: 'That import is not kept here (already removed?).' }, 404);
    if (!canRemoveImport(actor, stored.importedBy)) {
      return c.json(
        {
          error: `Only ${stored.set.importedBy?.name ?? 'the person who imported it'} or an administrator can remove ${stored.set.fileName}.`,
        },
        403,
      );
    }
    if (!(await removeImport(deps.db, stored, { actor, address: deps.addressOf(c) }))) {
      return c.json({ error: 'That import was removed by someone else just now.' }, 404);
    }
    return c.body(null, 204);
  });

  return app;
}
