/** /admin/settings: whether figures may be read signed out. Changing it is audited. */
import type { Context } from 'hono';
import { settingsSchema } from '@/data/api/contract';
import { appendAudit } from './audit';
import { readJson, unprocessable } from './json-body';
import type { AuthDeps, AuthEnv } from './middleware';
import { publicReadEnabled, setPublicRead } from './settings';

/** GET /admin/settings */
export async function readSettingsHandler(c: Context<AuthEnv>, deps: AuthDeps) {
  return c.json(settingsSchema.parse({ publicRead: await publicReadEnabled(deps.db) }));
}

/** PUT /admin/settings */
export async function saveSettingsHandler(c: Context<AuthEnv>, deps: AuthDeps) {
  const parsed = settingsSchema.safeParse(await readJson(c));
  if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
  const old = await publicReadEnabled(deps.db);
  await setPublicRead(deps.db, parsed.data.publicRead);
  const actor = c.get('actor');
  if (actor) {
    await appendAudit(deps.db, {
      actor,
      action: 'settings.public-read',
      subject: 'settings',
      old: { publicRead: old },
      new: parsed.data,
      address: deps.addressOf(c),
    });
  }
  return c.json(parsed.data);
}
