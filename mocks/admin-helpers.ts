/**
 * What the mock admin handlers share: the server's 422 shape, reading a body, the in-memory audit
 * log and its filters, and an indicator's settings over the mock engine.
 */
import { HttpResponse } from 'msw';
import type { auditQuerySchema, AuditEntryBody } from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import type { ApiEngine } from '@server/engine/engine';
import { indicatorSettings } from '@server/engine/indicator-settings';
import { adminState } from './admin-state';
import { currentMockPerson } from './session-handlers';

/** 422 naming the field as the server does (server/auth/json-body.ts), `wholePath` included. */
export const invalid = (
  issue: { message: string; path: readonly PropertyKey[] } | undefined,
  options: { wholePath?: boolean } = {},
) =>
  HttpResponse.json(
    {
      error: issue?.message ?? 'The request was not understood.',
      field:
        options.wholePath && issue && issue.path.length > 0
          ? issue.path.map(String).join('.')
          : String(issue?.path[0] ?? 'body'),
    },
    { status: 422 },
  );

export const body = (request: Request): Promise<unknown> => request.json().catch(() => undefined);

export function audit(
  entry: Omit<AuditEntryBody, 'id' | 'at' | 'actorId' | 'actorName' | 'address'>,
) {
  const actor = currentMockPerson();
  adminState.audit.push({
    id: adminState.audit.length + 1,
    at: new Date().toISOString(),
    actorId: actor?.id ?? '',
    actorName: actor?.name ?? '',
    address: '127.0.0.1',
    ...entry,
  });
}

/** The filters the server applies in SQL (server/auth/audit.ts), over the in-memory log. */
export function filteredAudit(query: ReturnType<typeof auditQuerySchema.parse>): AuditEntryBody[] {
  const actor = query.actor?.trim().toLowerCase();
  const action = query.action?.trim().toLowerCase();
  return [...adminState.audit].reverse().filter((entry) => {
    const day = entry.at.slice(0, 10);
    return (
      (!actor || entry.actorName.toLowerCase().includes(actor) || entry.actorId === actor) &&
      (!action || entry.action.toLowerCase().startsWith(action)) &&
      (!query.from || day >= query.from) &&
      (!query.to || day <= query.to)
    );
  });
}

export function settingsFor(engine: ApiEngine, indicator: Indicator) {
  const history = adminState.dueRules.get(indicator.id) ?? [];
  return indicatorSettings(engine, indicator, {
    set: history.at(-1)?.rule,
    history: [...history].reverse().map((h) => h.entry),
  });
}
