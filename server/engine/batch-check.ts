/**
 * Checks every row of a returns batch against the record and the person's rights, the same way a
 * typed figure is checked (the engine's planWrite, the domain's return cycle and roles), and says
 * what each row would write. Nothing here writes: a batch with any problem writes nothing at all.
 * Pure over the engine, so the server and the MSW handlers check a batch the same way.
 */
import type {
  BatchActual,
  BatchDefinition,
  CellProblem,
  ReturnBatchBody,
  SheetRow,
} from '@/data/api/returns-batch-contract';
import type { FigureReturn } from '@/data/api/contract';
import type { Indicator } from '@/data/contract/dataset-schema';
import { applyReturnAction, type ReturnState } from '@/domain/return-cycle';
import { canEdit, forbiddenReason, isAdministrator } from '@/domain/roles';
import {
  ACTUALS_COLUMNS,
  DEFINITION_COLUMNS,
  type BatchMode,
  type DefinitionColumnKey,
} from '@/domain/returns-template';
import type { ActorInput } from '@/domain/roles';
import type { ApiEngine } from './engine';
import type { FigureWrite } from './ledger';
import { toReturnState, wouldBeRating, type ReturnKey } from './returns';

export interface PlannedReturn {
  row: BatchActual;
  key: ReturnKey;
  old: FigureReturn | null;
  state: ReturnState;
}

export interface PlannedDefinition {
  row: BatchDefinition;
  before: Indicator;
  /** Null when the row changes nothing in the definition itself. */
  after: Indicator | null;
  /** The year's target and floor to record, each a checked figure write. */
  figures: FigureWrite[];
}

export interface BatchPlan {
  returns: PlannedReturn[];
  definitions: PlannedDefinition[];
  /** Definitions rows identical to the stored definition (a prefilled row): nothing to import. */
  unchanged: SheetRow[];
  problems: CellProblem[];
}

const actualsHeader = (key: (typeof ACTUALS_COLUMNS)[number]['key']) =>
  ACTUALS_COLUMNS.find((column) => column.key === key)?.header ?? key;
const definitionHeader = (key: DefinitionColumnKey) =>
  DEFINITION_COLUMNS.find((column) => column.key === key)?.header ?? key;

/** The engine names the request field at fault; the person sees the template's column. */
const ACTUAL_FIELD_COLUMNS: Record<string, (typeof ACTUALS_COLUMNS)[number]['key']> = {
  period: 'period',
  confirmPeriod: 'period',
  value: 'value',
  area: 'area',
  commentary: 'commentary',
  indicatorId: 'code',
};

export interface CheckContext {
  engine: ApiEngine;
  actor: ActorInput;
  /** The return now stored for each key (null: none). */
  currentReturn: (key: ReturnKey) => Promise<FigureReturn | null>;
}

async function checkActual(
  row: BatchActual,
  mode: BatchMode,
  context: CheckContext,
  problem: (column: string, text: string) => void,
): Promise<PlannedReturn | null> {
  const { engine, actor } = context;
  const indicator = engine.dataset.indicators.find((candidate) => candidate.id === row.indicatorId);
  if (!indicator) {
    problem(actualsHeader('code'), `there is no indicator with the code "${row.indicatorId}".`);
    return null;
  }
  if (!canEdit(actor, indicator, engine.dataset)) {
    problem(actualsHeader('code'), forbiddenReason('edit', indicator));
    return null;
  }
  const planned = engine.planWrite(indicator.id, {
    period: row.period,
    value: row.value,
    ...(row.area ? { area: row.area } : {}),
  });
  if (!planned.ok) {
    const column = ACTUAL_FIELD_COLUMNS[planned.body.field ?? ''] ?? 'value';
    problem(actualsHeader(column), planned.body.error);
    return null;
  }
  const key: ReturnKey = {
    indicatorId: indicator.id,
    area: planned.body.slot.area,
    period: planned.body.slot.period,
  };
  const old = await context.currentReturn(key);
  const rights = { id: actor.id, mayEdit: true, mayApprove: false };
  // Red and amber need a commentary: the status the figure would get decides.
  const rating = wouldBeRating(engine, indicator, key, row.value)?.status ?? 'not-rated';
  const saved = applyReturnAction(
    toReturnState(old),
    { action: 'save', value: row.value, commentary: row.commentary },
    rights,
    { rating },
  );
  if (!saved.ok) {
    problem(actualsHeader(saved.field === 'commentary' ? 'commentary' : 'value'), saved.reason);
    return null;
  }
  if (mode === 'draft') return { row, key, old, state: saved.state };
  const submitted = applyReturnAction(saved.state, { action: 'submit' }, rights, { rating });
  if (!submitted.ok) {
    problem(
      actualsHeader(submitted.field === 'commentary' ? 'commentary' : 'value'),
      submitted.reason,
    );
    return null;
  }
  return { row, key, old, state: submitted.state };
}

/** What a Definitions row may not change by import (yet): it must match the stored definition. */
function fixedFieldProblems(
  row: BatchDefinition,
  indicator: Indicator,
): [DefinitionColumnKey, string][] {
  const lead = indicator.owners.find((owner) => owner.role === 'lead')?.nodeId ?? null;
  const checks: [DefinitionColumnKey, string, string | null][] = [
    ['unit', row.unit, indicator.unit.type],
    ['frequency', row.frequency, indicator.frequency],
    ['rule', row.rule, indicator.rule.type],
    ['owner', row.owner ?? '', lead ?? ''],
  ];
  return checks
    .filter(([, given, stored]) => given.trim() !== (stored ?? ''))
    .map(([key, given, stored]) => [
      key,
      `the ${definitionHeader(key).toLowerCase()} is "${stored ?? ''}" and a template cannot change it ("${given}" was given); change it in the dataset or leave the cell as it is.`,
    ]);
}

/** What a Definitions row would write; 'unchanged' when it is the stored definition as it is. */
function checkDefinition(
  row: BatchDefinition,
  context: CheckContext,
  problem: (column: string, text: string) => void,
): PlannedDefinition | 'unchanged' | null {
  const { engine, actor } = context;
  const indicator = engine.dataset.indicators.find((candidate) => candidate.id === row.indicatorId);
  if (!indicator) {
    problem(definitionHeader('code'), `there is no indicator with the code "${row.indicatorId}".`);
    return null;
  }
  const fixed = fixedFieldProblems(row, indicator);
  for (const [key, text] of fixed) problem(definitionHeader(key), text);
  if (fixed.length > 0) return null;
  const figures: FigureWrite[] = [];
  for (const measure of ['target', 'floor'] as const) {
    const value = row[measure];
    if (value === null) continue;
    if (row.year === null) {
      problem(
        definitionHeader('year'),
        `a ${measure} needs the financial year it is for, such as 2012/13.`,
      );
      return null;
    }
    const planned = engine.planWrite(indicator.id, { period: row.year, value, measure });
    if (!planned.ok) {
      problem(
        definitionHeader(planned.body.field === 'value' ? measure : 'year'),
        planned.body.error,
      );
      return null;
    }
    // Rewriting the same target would add history that says nothing.
    if (engine.slotState(planned.body).value !== value) figures.push(planned.body);
  }
  const profile =
    row.profile === null
      ? indicator.profile
      : indicator.profile?.shape === row.profile
        ? indicator.profile
        : {
            shape: row.profile,
            source: 'paper' as const,
            reason: 'Set by the council in its returns template.',
          };
  const changed =
    row.title !== indicator.title ||
    row.polarity !== indicator.polarity ||
    profile !== indicator.profile;
  const after: Indicator | null = changed
    ? { ...indicator, title: row.title, polarity: row.polarity, ...(profile ? { profile } : {}) }
    : null;
  // A row that leaves the definition as it is (a contributor's prefilled template) needs no right.
  if (after === null && figures.length === 0) return 'unchanged';
  if (!isAdministrator(actor)) {
    problem(definitionHeader('code'), 'Only administrators can change indicator definitions.');
    return null;
  }
  return { row, before: indicator, after, figures };
}

/** A commit whose every row is already stored as it is: refused, so no empty batch is recorded. */
export const NOTHING_CHANGES =
  'Every row of this batch is the same as what is stored already; nothing was imported.';

/** A commit whose check found problems writes nothing (the server's and the mock's words). */
export const batchCellsRefused = (problems: number): string =>
  `${problems} ${problems === 1 ? 'cell' : 'cells'} cannot be imported; nothing was written.`;

const returnKeyText = (key: ReturnKey) => `${key.indicatorId}\u0000${key.area}\u0000${key.period}`;

export async function checkBatch(
  request: ReturnBatchBody,
  context: CheckContext,
): Promise<BatchPlan> {
  const problems: CellProblem[] = [];
  const mode: BatchMode = request.mode === 'check' ? 'draft' : request.mode;
  const returns: PlannedReturn[] = [];
  const seen = new Map<string, number>();
  for (const row of request.actuals) {
    const report = (column: string, problem: string) =>
      problems.push({ sheet: row.sheet, row: row.row, column, problem });
    const planned = await checkActual(row, mode, context, report);
    if (!planned) continue;
    const text = returnKeyText(planned.key);
    const first = seen.get(text);
    if (first !== undefined) {
      report(
        actualsHeader('period'),
        `row ${first} already gives this indicator’s figure for the same period and area; keep one of the two rows.`,
      );
      continue;
    }
    seen.set(text, row.row);
    returns.push(planned);
  }
  const definitions: PlannedDefinition[] = [];
  const unchanged: SheetRow[] = [];
  for (const row of request.definitions) {
    const report = (column: string, problem: string) =>
      problems.push({ sheet: row.sheet, row: row.row, column, problem });
    const planned = checkDefinition(row, context, report);
    if (planned === 'unchanged') unchanged.push({ sheet: row.sheet, row: row.row });
    else if (planned) definitions.push(planned);
  }
  return { returns, definitions, unchanged, problems };
}
