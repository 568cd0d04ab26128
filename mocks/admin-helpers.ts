/**
 * What the mock admin handlers share: the server's 422 shape, reading a body, the in-memory audit
 * log and its filters, and an indicator's settings over the mock engine.
 */
import { HttpResponse } from 'msw';
import type { AuditEntryBody, AuditQuery } from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import { auditEntryMatches, auditFilterRules } from '@server/engine/audit-filter';
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

/** The server's filter rules (server/engine/audit-filter.ts) over the in-memory log, newest first. */
export function filteredAudit(query: AuditQuery, idBelow?: number): AuditEntryBody[] {
  const rules = auditFilterRules(query, idBelow);
  return [...adminState.audit].reverse().filter((entry) => auditEntryMatches(rules, entry));
}

export function settingsFor(engine: ApiEngine, indicator: Indicator) {
  const history = adminState.dueRules.get(indicator.id) ?? [];
  return indicatorSettings(engine, indicator, {
    set: history.at(-1)?.rule,
    history: [...history].reverse().map((h) => h.entry),
  });
}
