/**
 * The administrators' API as TanStack Query server state: people and their grants, the audit log,
 * settings, and each indicator's targets and due-date rule. Only the server and the mock service
 * answer these; the static publication has no accounts.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { appEnv } from '@/lib/env';
import type { ApiError } from './api-error';
import {
  accountPaths,
  adminPaths,
  auditResponseSchema,
  indicatorSettingsResponseSchema,
  peopleResponseSchema,
  settingsSchema,
  userSchema,
  type AuditQuery,
  type IndicatorSettingsResponse,
  type RoleGrantBody,
} from './contract';
import { fetchJson } from './fetch-json';
import { personal, queryKeys } from './queries';
import { withApiClient } from './client';

const url = (path: string, query = '') => `${appEnv.apiBase}${path}${query}`;
const personSchema = userSchema.extend({ disabled: z.boolean() });
export type PersonBody = z.infer<typeof personSchema>;

export const adminKeys = {
  all: () => ['admin'] as const,
  people: () => ['admin', 'people'] as const,
  audit: (query: AuditQuery) => ['admin', 'audit', query] as const,
  settings: () => ['admin', 'settings'] as const,
  indicator: (id: string) => ['admin', 'indicator', id] as const,
} as const;

/** `?actor=…&from=…` from the filters that are set, in a fixed order. */
export function auditQueryString(query: AuditQuery): string {
  const search = new URLSearchParams();
  for (const key of ['actor', 'action', 'from', 'to', 'before'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** The address of the CSV of the rows the filters select (a plain link: the browser downloads it). */
export const auditCsvUrl = (query: AuditQuery) =>
  url(accountPaths.auditCsv(), auditQueryString({ ...query, before: undefined }));

async function write<S extends z.ZodType>(
  method: 'POST' | 'PUT',
  path: string,
  schema: S,
  what: string,
  body: unknown,
): Promise<z.output<S>> {
  // The session's CSRF token: /auth/me hands it to whoever holds the session cookie.
  const { csrfToken } = await withApiClient((api) => api.me());
  return fetchJson(url(path), schema, {
    what,
    method,
    body,
    headers: csrfToken === null ? {} : { 'x-csrf-token': csrfToken },
  });
}

export const peopleQuery = () =>
  queryOptions({
    ...personal,
    queryKey: adminKeys.people(),
    queryFn: ({ signal }) =>
      fetchJson(url(accountPaths.people()), peopleResponseSchema, { what: 'the people', signal }),
  });

export const auditQuery = (query: AuditQuery) =>
  queryOptions({
    ...personal,
    queryKey: adminKeys.audit(query),
    queryFn: ({ signal }) =>
      fetchJson(url(accountPaths.audit(), auditQueryString(query)), auditResponseSchema, {
        what: 'the audit log',
        signal,
      }),
  });

export const settingsQuery = () =>
  queryOptions({
    ...personal,
    queryKey: adminKeys.settings(),
    queryFn: ({ signal }) =>
      fetchJson(url(accountPaths.settings()), settingsSchema, { what: 'the settings', signal }),
  });

export const indicatorSettingsQuery = (id: string) =>
  queryOptions({
    ...personal,
    queryKey: adminKeys.indicator(id),
    queryFn: ({ signal }) =>
      fetchJson(url(adminPaths.indicator(id)), indicatorSettingsResponseSchema, {
        what: `the targets and due date of ${id}`,
        signal,
      }),
  });

/** After any administrative change: the admin screens, and the figures (a target moves a status). */
function useRefreshAfterChange(alsoFigures = false) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: adminKeys.all() });
    if (alsoFigures) await queryClient.invalidateQueries({ queryKey: queryKeys.indicators() });
  };
}

export interface NewPersonInput {
  email: string;
  name: string;
  password?: string | undefined;
  grants: RoleGrantBody[];
}

export function useAddPerson() {
  const refresh = useRefreshAfterChange();
  return useMutation<z.infer<typeof userSchema>, ApiError, NewPersonInput>({
    mutationFn: (body) => write('POST', accountPaths.people(), userSchema, 'the new person', body),
    onSuccess: refresh,
  });
}

export function useReplaceGrants() {
  const refresh = useRefreshAfterChange();
  return useMutation<unknown, ApiError, { id: string; grants: RoleGrantBody[]; reason: string }>({
    mutationFn: ({ id, grants, reason }) =>
      write('PUT', accountPaths.personGrants(id), personSchema, 'the roles', { grants, reason }),
    onSuccess: refresh,
  });
}

export function useSetDisabled() {
  const refresh = useRefreshAfterChange();
  return useMutation<unknown, ApiError, { id: string; disabled: boolean; reason: string }>({
    mutationFn: ({ id, disabled, reason }) =>
      write('PUT', adminPaths.personDisabled(id), personSchema, 'the account', {
        disabled,
        reason,
      }),
    onSuccess: refresh,
  });
}

export function useSignOutEverywhere() {
  const refresh = useRefreshAfterChange();
  return useMutation<{ sessionsEnded: number }, ApiError, { id: string; reason: string }>({
    mutationFn: ({ id, reason }) =>
      write(
        'POST',
        adminPaths.personSignOut(id),
        z.object({ sessionsEnded: z.number().int() }),
        'the sign-out',
        { reason },
      ),
    onSuccess: refresh,
  });
}

export function useSaveSettings() {
  const refresh = useRefreshAfterChange(true);
  return useMutation<z.infer<typeof settingsSchema>, ApiError, { publicRead: boolean }>({
    mutationFn: (body) =>
      write('PUT', accountPaths.settings(), settingsSchema, 'the settings', body),
    onSuccess: refresh,
  });
}

export interface TargetChangeInput {
  indicatorId: string;
  year: string;
  measure: 'target' | 'floor';
  value: number;
  version: number;
  reason: string;
}

export function useSetTarget() {
  const refresh = useRefreshAfterChange(true);
  return useMutation<IndicatorSettingsResponse, ApiError, TargetChangeInput>({
    mutationFn: ({ indicatorId, ...body }) =>
      write(
        'PUT',
        adminPaths.targets(indicatorId),
        indicatorSettingsResponseSchema,
        `the ${body.measure} for ${body.year}`,
        body,
      ),
    onSuccess: refresh,
  });
}

export interface ProfileChangeInput {
  indicatorId: string;
  year: string;
  /** April to March, in percent. */
  shares: number[];
  version: number;
  reason: string;
}

/** A year's monthly profile; statuses and history change with it, so the figures are fetched again. */
export function useSetProfile() {
  const refresh = useRefreshAfterChange(true);
  return useMutation<IndicatorSettingsResponse, ApiError, ProfileChangeInput>({
    mutationFn: ({ indicatorId, ...body }) =>
      write(
        'PUT',
        adminPaths.profile(indicatorId),
        indicatorSettingsResponseSchema,
        `the monthly profile for ${body.year}`,
        body,
      ),
    onSuccess: refresh,
  });
}

export function useSetDueRule() {
  const refresh = useRefreshAfterChange();
  return useMutation<
    IndicatorSettingsResponse,
    ApiError,
    {
      indicatorId: string;
      rule: IndicatorSettingsResponse['dueRule']['rule'] | null;
      reason: string;
    }
  >({
    mutationFn: ({ indicatorId, rule, reason }) =>
      write(
        'PUT',
        adminPaths.dueRule(indicatorId),
        indicatorSettingsResponseSchema,
        'the due date',
        {
          rule,
          reason,
        },
      ),
    onSuccess: refresh,
  });
}
