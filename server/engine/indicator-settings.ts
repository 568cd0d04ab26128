/**
 * What an administrator sees for one indicator (GET /admin/indicators/{id}): its years' targets,
 * floors and monthly profiles with the versions a change must quote, and the due-date rule in force. Pure over an
 * engine, so the server and the mock service answer alike.
 */
import type { IndicatorSettingsResponse } from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import { describeDueDateRule, dueDateRuleFor, type DueDateRule } from '@/domain/due-dates';
import { comparePeriodIds, periodKindOf } from '@/domain/periods';
import type { ApiEngine } from './engine';

function yearFigure(
  engine: ApiEngine,
  indicatorId: string,
  year: string,
  measure: 'target' | 'floor',
) {
  const planned = engine.planWrite(indicatorId, { period: year, measure, value: 0 });
  if (!planned.ok) return { value: null, version: 0 };
  const state = engine.slotState(planned.body);
  return { value: state.value, version: state.version };
}

export function indicatorSettings(
  engine: ApiEngine,
  indicator: Indicator,
  dueRule: {
    set: DueDateRule | null | undefined;
    history: IndicatorSettingsResponse['dueRuleHistory'];
  },
): IndicatorSettingsResponse {
  const detail = engine.indicatorDetail(indicator.id);
  const years = new Set(
    (detail.ok ? detail.body.observations : [])
      .filter(
        (o) =>
          (o.measure === 'target' || o.measure === 'floor') &&
          o.basis === 'period' &&
          periodKindOf(o.period) === 'financial-year',
      )
      .map((o) => o.period),
  );
  for (const year of engine.profiles.yearsOf(indicator.id)) years.add(year);
  const newestFirst = [...years].sort((a, b) => comparePeriodIds(b, a));
  const setProfiles = engine.profiles.inForce(indicator.id) ?? {};
  const { rule, source } = dueDateRuleFor(indicator.frequency, dueRule.set);
  return {
    indicatorId: indicator.id,
    title: indicator.title,
    frequency: indicator.frequency,
    years: newestFirst.map((year) => ({
      year,
      target: yearFigure(engine, indicator.id, year, 'target'),
      floor: yearFigure(engine, indicator.id, year, 'floor'),
    })),
    profiles: newestFirst.map((year) => ({
      year,
      shares: setProfiles[year] ? [...setProfiles[year]] : null,
      version: engine.profiles.versionOf(indicator.id, year),
    })),
    datasetProfile: indicator.profile?.reason ?? null,
    dueRule: { rule, source, description: describeDueDateRule(rule) },
    dueRuleHistory: dueRule.history,
  };
}
