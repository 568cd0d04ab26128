/**
 * PUT /admin/indicators/:id/due-rule: the indicator's due-date rule (or back to the default), kept
 * as history in due_date_rules, with its audit row in the same transaction.
 */
import { setDueRuleRequestSchema } from '@/data/api/contract';
import { dueDateRuleFor } from '@/domain/due-dates';
import { appendAudit } from './audit';
import { appendDueRule, dueRulesInForce } from './due-rules';
import {
  indicatorInPath,
  settingsOf,
  type IndicatorAdminContext,
  type IndicatorAdminDeps,
} from './indicator-admin-common';
import { readJson, unprocessable } from './json-body';
import type { Actor } from './middleware';

export async function setDueRuleHandler(
  c: IndicatorAdminContext<'/due-rule'>,
  deps: IndicatorAdminDeps,
) {
  const indicator = indicatorInPath(c, deps);
  if (indicator instanceof Response) return indicator;
  const parsed = setDueRuleRequestSchema.safeParse(await readJson(c));
  if (!parsed.success) return unprocessable(c, parsed.error.issues[0]);
  const { rule, reason } = parsed.data;
  const actor = c.get('actor') as Actor;
  const before = dueDateRuleFor(
    indicator.frequency,
    (await dueRulesInForce(deps.db)).get(indicator.id),
  );
  await deps.db.transaction(async (tx) => {
    await appendDueRule(tx, { indicatorId: indicator.id, rule, reason, actor });
    await appendAudit(tx, {
      actor,
      action: 'due-rule.change',
      subject: `${indicator.id} due date`,
      old: { ...before.rule, source: before.source },
      new: rule === null ? { source: 'default' } : { ...rule, source: 'set' },
      reason,
      address: deps.addressOf(c),
    });
  });
  return c.json(await settingsOf(deps, indicator));
}
