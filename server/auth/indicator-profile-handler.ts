/**
 * PUT /admin/indicators/:id/profile: a year's monthly profile, versioned in target_profiles, with
 * its audit row in the same transaction; a stale version is refused with the current one named.
 */
import { setProfileRequestSchema } from '@/data/api/contract';
import { formatPeriod } from '@/domain/periods';
import { targetChangeProblem } from '@/domain/target-changes';
import { storeProfile, type ProfileWrite } from '../db/profile-writes';
import { appendAudit } from './audit';
import {
  indicatorInPath,
  settingsOf,
  todayFor,
  type IndicatorAdminContext,
  type IndicatorAdminDeps,
} from './indicator-admin-common';
import { readJson, unprocessable } from './json-body';
import type { Actor } from './middleware';
import { profileChangedSinceRead } from './route-messages';

/** Stores the write and its audit row, in the service's queue so the read model takes it first. */
function storeAudited(
  c: IndicatorAdminContext<'/profile'>,
  deps: IndicatorAdminDeps,
  write: ProfileWrite & { actor: Actor },
) {
  return deps.service.exclusive(async () => {
    const result = await storeProfile(deps.service.handle.db, write, async (tx, change) => {
      await appendAudit(tx, {
        actor: write.actor,
        action: 'profile.change',
        subject: `${write.indicatorId} ${formatPeriod(write.year)} monthly profile`,
        old: change.before,
        new: change.shares,
        reason: write.reason,
        address: deps.addressOf(c),
      });
    });
    if (result.kind === 'stored') deps.service.engine().applyProfileChange(result.change);
    return result;
  });
}

export async function setProfileHandler(
  c: IndicatorAdminContext<'/profile'>,
  deps: IndicatorAdminDeps,
) {
  const indicator = indicatorInPath(c, deps);
  if (indicator instanceof Response) return indicator;
  const parsed = setProfileRequestSchema.safeParse(await readJson(c));
  // The field names the month when one is at fault: `shares.4` is August.
  if (!parsed.success) return unprocessable(c, parsed.error.issues[0], { wholePath: true });
  const { year, shares, version, reason } = parsed.data;
  const today = todayFor(deps);
  const problem = targetChangeProblem({ year, today, reason, what: 'monthly profile' });
  if (problem) return c.json({ error: problem.message, field: problem.field }, 422);
  const actor = c.get('actor') as Actor;
  const write = {
    indicatorId: indicator.id,
    year,
    shares,
    reason,
    actor,
    expectedVersion: version,
  };
  const stored = await storeAudited(c, deps, write);
  if (stored.kind === 'conflict') {
    return c.json({ error: profileChangedSinceRead(year, stored.current), field: 'version' }, 409);
  }
  return c.json(await settingsOf(deps, indicator));
}
