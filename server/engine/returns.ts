/**
 * The returns cycle over the engine, pure: who may do what with an indicator, the status a return's
 * figure would get, "my returns", and what one step of the cycle does. The server
 * (server/auth/returns-routes.ts) and the mock service (mocks/returns-handlers.ts) both answer from
 * here and differ only in where returns are stored; every rule is the domain's.
 */
import type {
  FigureReturn,
  MyReturnItem,
  OpenReturn,
  ReturnResponse,
  WouldBeRating,
} from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import { ratingWithFigure } from '@/domain/would-be-rating';
import { dueDateFor, dueDateRuleFor, returnTiming, type DueDateRule } from '@/domain/due-dates';
import { comparePeriodIds, previousPeriodId } from '@/domain/periods';
import {
  applyReturnAction,
  availableReturnActions,
  commentaryRequired,
  describeReturnStatus,
  type ReturnAction,
  type ReturnActor,
  type ReturnState,
} from '@/domain/return-cycle';
import { canApprove, canEdit, isAdministrator, type RoleGrant } from '@/domain/roles';
import type { ApiEngine } from './engine';
import type { EngineResult } from './engine-result';

export interface ReturnsPerson {
  id: string;
  name: string;
  grants: readonly RoleGrant[];
}

export interface ReturnKey {
  indicatorId: string;
  area: string;
  period: string;
}

export const toReturnState = (stored: FigureReturn | null): ReturnState | null =>
  stored && {
    status: stored.status,
    value: stored.value,
    commentary: stored.commentary,
    submittedBy: stored.submittedBy,
    returnReason: stored.returnReason,
  };

export function returnRights(
  engine: ApiEngine,
  person: ReturnsPerson,
  indicator: Indicator,
): ReturnActor {
  const tree = engine.dataset;
  return {
    id: person.id,
    mayEdit: canEdit(person, indicator, tree),
    mayApprove: canApprove(person, indicator, tree),
  };
}

export const hasReturnRights = (rights: ReturnActor): boolean =>
  rights.mayEdit || rights.mayApprove;

/** The status the figure would get with it in place of the period's published one (null: no figure). */
export function wouldBeRating(
  engine: ApiEngine,
  indicator: Indicator,
  key: Omit<ReturnKey, 'indicatorId'>,
  value: number | null,
): WouldBeRating | null {
  if (value === null) return null;
  const planned = engine.planWrite(indicator.id, { period: key.period, value, area: key.area });
  if (!planned.ok) return null;
  const detail = engine.indicatorDetail(indicator.id, key.area);
  const recorded = detail.ok ? detail.body.observations : [];
  const rating = ratingWithFigure(engine.assessable(indicator), recorded, planned.body.observation);
  return {
    status: rating.status,
    reason: rating.reason,
    commentaryRequired: commentaryRequired(rating.status),
  };
}

/** The periods a return is expected for as at `today`: the last three that have ended, and the current one. */
export function recentPeriods(indicator: Indicator, today: string): string[] {
  const month = today.slice(0, 7);
  const year = Number(today.slice(0, 4));
  const monthNumber = Number(today.slice(5, 7));
  const fy = monthNumber >= 4 ? year : year - 1;
  const quarter = Math.floor(((monthNumber + 8) % 12) / 3) + 1;
  const current =
    indicator.frequency === 'monthly'
      ? month
      : indicator.frequency === 'quarterly'
        ? `${fy}/${String((fy + 1) % 100).padStart(2, '0')} Q${quarter}`
        : indicator.frequency === 'annual'
          ? `${fy}/${String((fy + 1) % 100).padStart(2, '0')}`
          : null;
  if (current === null) return [];
  const periods = [current];
  let previous = previousPeriodId(current);
  for (let i = 0; i < 3 && previous !== null; i += 1) {
    periods.unshift(previous);
    previous = previousPeriodId(previous);
  }
  return periods;
}

const openReturn = (engine: ApiEngine, indicator: Indicator, stored: FigureReturn): OpenReturn => ({
  ...stored,
  statusLabel: describeReturnStatus(stored.status),
  rating: wouldBeRating(engine, indicator, stored, stored.value),
});

/** GET /returns/{id}: rights, the period's return, and every return for the area not yet approved. */
export function returnView(
  engine: ApiEngine,
  person: ReturnsPerson,
  indicator: Indicator,
  stored: FigureReturn | null,
  storedForIndicator: readonly FigureReturn[],
): ReturnResponse {
  const rights = returnRights(engine, person, indicator);
  if (!hasReturnRights(rights)) {
    return {
      rights: { mayRecord: false, mayApprove: false },
      return: null,
      statusLabel: describeReturnStatus(null),
      rating: null,
      actions: [],
      open: [],
    };
  }
  return {
    rights: { mayRecord: rights.mayEdit, mayApprove: rights.mayApprove },
    return: stored,
    statusLabel: describeReturnStatus(stored?.status ?? null),
    rating: stored ? wouldBeRating(engine, indicator, stored, stored.value) : null,
    actions: availableReturnActions(toReturnState(stored), rights),
    open: storedForIndicator
      .filter((r) => r.status !== 'approved')
      .sort((a, b) => comparePeriodIds(b.period, a.period))
      .map((r) => openReturn(engine, indicator, r)),
  };
}

/**
 * "My returns" as at `asAt`: for every indicator the person contributes to or approves, the recent
 * periods (due, overdue, received) and any return still open in another period. An administrator
 * gets every indicator (with only the rights their grants give) so the exceptions page can list
 * what is overdue across the council; My returns and the queue filter on the rights.
 */
export function myReturnItems(
  engine: ApiEngine,
  person: ReturnsPerson,
  stored: readonly FigureReturn[],
  asAt: string,
  /** The due-date rules administrators set, by indicator id; the rest follow their frequency. */
  dueRules: ReadonlyMap<string, DueDateRule | null> = new Map(),
): MyReturnItem[] {
  const area = engine.dataset.manifest.authority.id;
  const byKey = new Map(stored.map((r) => [`${r.indicatorId}\u0000${r.period}`, r]));
  const items: MyReturnItem[] = [];
  const administrator = isAdministrator(person);
  for (const indicator of engine.dataset.indicators) {
    const rights = returnRights(engine, person, indicator);
    if (!hasReturnRights(rights) && !administrator) continue;
    const detail = engine.indicatorDetail(indicator.id, area);
    const publishedPeriods = new Set(
      detail.ok
        ? detail.body.observations.filter((o) => o.value !== null).map((o) => o.period)
        : [],
    );
    const { rule } = dueDateRuleFor(indicator.frequency, dueRules.get(indicator.id));
    const periods = new Set(recentPeriods(indicator, asAt));
    for (const r of stored) {
      if (r.indicatorId === indicator.id && r.status !== 'approved') periods.add(r.period);
    }
    for (const period of [...periods].sort(comparePeriodIds)) {
      const due = dueDateFor(period, rule);
      const mine = byKey.get(`${indicator.id}\u0000${period}`) ?? null;
      const published = publishedPeriods.has(period);
      const received = published || mine?.status === 'submitted' || mine?.status === 'approved';
      const timing = returnTiming(period, asAt, received, rule);
      if (!due || !timing) continue;
      items.push({
        indicatorId: indicator.id,
        title: indicator.title,
        period,
        dueDate: due.date,
        dueReason: due.reason,
        timing: timing.state,
        timingReason: timing.reason,
        status: mine?.status ?? null,
        statusLabel: published && !mine ? 'Published' : describeReturnStatus(mine?.status ?? null),
        published,
        actions: availableReturnActions(toReturnState(mine), rights),
        rights: { mayRecord: rights.mayEdit, mayApprove: rights.mayApprove },
        value: mine?.value ?? null,
        commentary: mine?.commentary ?? null,
        returnReason: mine?.returnReason ?? null,
        updatedBy: mine?.updatedBy ?? null,
        updatedAt: mine?.updatedAt ?? null,
        rating: mine ? wouldBeRating(engine, indicator, mine, mine.value) : null,
      });
    }
  }
  return items;
}

/** The figure an approval publishes, for the ordinary figure write (with its history). */
export interface PublishedFigure {
  period: string;
  area: string;
  value: number;
  commentary?: string;
  reason: string;
}

type Refusal = Extract<EngineResult<unknown>, { ok: false }>;

export type PlannedStep =
  | { ok: false; status: Refusal['status'] | 403; body: Refusal['body'] }
  | { ok: true; state: ReturnState; publish: PublishedFigure | null };

const STATUS_FOR_PROBLEM = { forbidden: 403, conflict: 409, invalid: 422 } as const;

/** What one step of the cycle would do, checked against the indicator, the rights and the domain. */
export function planReturnStep(
  engine: ApiEngine,
  person: ReturnsPerson,
  indicator: Indicator,
  key: Omit<ReturnKey, 'indicatorId'>,
  action: ReturnAction,
  current: FigureReturn | null,
): PlannedStep {
  const rights = returnRights(engine, person, indicator);
  if (!hasReturnRights(rights)) {
    return {
      ok: false,
      status: 403,
      body: { error: `You are not a contributor for a unit responsible for ${indicator.id}.` },
    };
  }
  if (action.action === 'save') {
    // The period, area and value must be ones the indicator can take (422 naming the field).
    const planned = engine.planWrite(indicator.id, {
      period: key.period,
      area: key.area,
      value: action.value,
    });
    if (!planned.ok) return planned;
  }
  const value = action.action === 'save' ? action.value : (current?.value ?? null);
  const outcome = applyReturnAction(toReturnState(current), action, rights, {
    rating: wouldBeRating(engine, indicator, key, value)?.status ?? 'not-rated',
  });
  if (!outcome.ok) {
    return {
      ok: false,
      status: STATUS_FOR_PROBLEM[outcome.problem],
      body: { error: outcome.reason, ...(outcome.field ? { field: outcome.field } : {}) },
    };
  }
  const publish: PublishedFigure | null =
    action.action === 'approve' && current?.value !== null && current?.value !== undefined
      ? {
          period: key.period,
          area: key.area,
          value: current.value,
          ...(current.commentary ? { commentary: current.commentary } : {}),
          reason: `Approved by ${person.name}`,
        }
      : null;
  return { ok: true, state: outcome.state, publish };
}
