/**
 * PUT /admin/indicators/:id/targets: a year's target or floor, stored through the figures' own
 * ledger (so it keeps the same history and versions) with its audit row in the same transaction.
 */
import { setTargetRequestSchema } from '@/data/api/contract';
import { formatPeriod } from '@/domain/periods';
import { targetChangeProblem } from '@/domain/target-changes';
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

export async function setTargetHandler(
  c: IndicatorAdminContext<'/targets'>,
  deps: IndicatorAdminDeps,
) {
  const indicator = indicatorInPath(c, deps);
  if (indicator instanceof Response) return indicator;
  const parsed = setTargetRequestSchema.safeParse(await readJson(c));
  if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
  const { year, measure, value, version, reason } = parsed.data;
  const problem = targetChangeProblem({ year, today: todayFor(deps), reason });
  if (problem) return c.json({ error: problem.message, field: problem.field }, 422);
  const actor = c.get('actor') as Actor;
  const result = await deps.service.recordFigure(
    indicator.id,
    { period: year, measure, value, ...(reason === '' ? {} : { reason }) },
    { actor: { id: actor.id, name: actor.name }, ifMatch: version === 0 ? undefined : version },
    async (tx, changes) => {
      const [change] = changes;
      await appendAudit(tx, {
        actor,
        action: `${measure}.change`,
        subject: `${indicator.id} ${formatPeriod(year)} ${measure}`,
        old: change?.before ?? null,
        new: change?.after ?? value,
        reason,
        address: deps.addressOf(c),
      });
    },
  );
  if (!result.ok) return c.json(result.body, result.status);
  return c.json(await settingsOf(deps, indicator));
}
