/**
 * The engine's write endpoints, over its state: planning a recorded figure, and applying it in
 * memory (the mock service) or after the database stored it (the server's read model).
 */
import { STATIC_WRITE_MESSAGE } from '@/data/api/contract';
import type { ApiEngine } from './engine-api';
import { conflict, failure, success } from './engine-result';
import type { EngineState } from './engine-state';
import { noIndicatorWords } from './engine-words';
import {
  checkPrecondition,
  commentaryChange,
  figureChange,
  missingReason,
  type FigureWrite,
} from './ledger';
import { validateRecordActual } from './validate-actual';

export type EngineWrites = Pick<
  ApiEngine,
  'planWrite' | 'slotState' | 'writeResponse' | 'applyWrite' | 'recordActual'
>;

export function engineWrites(
  state: EngineState,
  options: { writable: boolean; now: () => Date },
): EngineWrites {
  const { authority, indicators, areas, figures, ledger, rowFor } = state;

  const planWrite: EngineWrites['planWrite'] = (indicatorId, body) => {
    if (!options.writable) return failure(405, STATIC_WRITE_MESSAGE);
    const indicator = indicators.get(indicatorId);
    if (!indicator) return failure(404, noIndicatorWords(indicatorId), 'indicatorId');
    const ownPeriods = figures.byIndicator(indicatorId).map((o) => o.period);
    const checked = validateRecordActual(
      indicator,
      body,
      new Set(areas.keys()),
      ownPeriods.length > 0 ? ownPeriods : figures.periods(),
    );
    if (!checked.ok) return checked;
    const { period, basis, measure, value, commentary, reason } = checked.request;
    const area = checked.request.area ?? authority;
    const slot = { indicatorId, area, period, basis, measure };
    const text = commentary?.trim() ?? '';
    const write: FigureWrite = {
      slot,
      observation: { ...slot, value, printed: String(value) },
      commentary:
        text === '' ? null : { indicatorId, area, period, text, author: 'Recorded in Ragstone' },
      reason,
    };
    return success(write);
  };

  const slotState: EngineWrites['slotState'] = (write) =>
    ledger.stateOf(write.slot, figures.slotFigures(write.slot));

  const writeResponse: EngineWrites['writeResponse'] = (write, change) => {
    const indicator = indicators.get(write.slot.indicatorId);
    if (!indicator) throw new Error(`writeResponse: no indicator ${write.slot.indicatorId}`);
    return {
      observation: write.observation,
      commentary: write.commentary,
      row: rowFor(indicator, write.slot.area, undefined, true),
      version: change.version,
      change,
    };
  };

  const applyWrite: EngineWrites['applyWrite'] = (write, entries) => {
    if (write.commentary) figures.addCommentary(write.commentary);
    figures.replaceSlot(write.observation);
    ledger.apply(entries);
    state.invalidate();
  };

  return {
    planWrite,
    slotState,
    writeResponse,
    applyWrite,

    recordActual(indicatorId, body, context) {
      const planned = planWrite(indicatorId, body);
      if (!planned.ok) return planned;
      const write = planned.body;
      const current = slotState(write);
      const clash = checkPrecondition(write, current, context.ifMatch);
      if (clash) return conflict(clash);
      const noReason = missingReason(write, current);
      if (noReason) return failure(422, noReason, 'reason');
      const at = options.now().toISOString();
      const change = figureChange(write, current, {
        actor: context.actor,
        at,
        id: ledger.nextId(),
      });
      const entries = [change];
      if (write.commentary) {
        const id = change.id + 1;
        entries.push(
          commentaryChange(write, write.commentary.text, { actor: context.actor, at, id }),
        );
      }
      applyWrite(write, entries);
      return success(writeResponse(write, change), current.version > 0 ? 200 : 201);
    },
  };
}
