/**
 * The words of the authority overview, as pure functions: when the figures are from, what
 * changed since the period before, and which indicators need attention first.
 */
import type { IndicatorRow } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { headlineStatus } from '@/domain/aggregate';
import { comparePeriodIds, formatPeriod } from '@/domain/periods';
import { statusLabel } from '@/domain/rating';
import type { RagStatus } from '@/domain/types';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '2012-07-06' → '6 July 2012'; anything else is returned as given rather than invented. */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** 'Figures as at May 2012, published 6 July 2012.' from the rows' period and the manifest. */
export function dataDateSentence(asAt: string | undefined, published: string | undefined): string {
  const parts = [
    asAt ? `Figures as at ${formatPeriod(asAt)}` : undefined,
    published ? `published ${formatIsoDate(published)}` : undefined,
  ].filter((part) => part !== undefined);
  if (parts.length === 0) return '';
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The structure a newcomer means by 'now': the one that applies from the latest date. */
export function currentStructure(structures: readonly Structure[]): Structure | undefined {
  return [...structures].sort((a, b) => b.asAt.localeCompare(a.asAt))[0];
}

/** The structures before the current one, newest first. */
export function earlierStructures(structures: readonly Structure[]): Structure[] {
  const current = currentStructure(structures);
  return [...structures]
    .filter((structure) => structure !== current)
    .sort((a, b) => b.asAt.localeCompare(a.asAt));
}

/** The period before `asAt` among those worth offering (those with figures), if there is one. */
export function previousOf(
  periods: readonly string[],
  asAt: string | undefined,
): string | undefined {
  if (asAt === undefined) return undefined;
  return [...periods]
    .filter((period) => comparePeriodIds(period, asAt) < 0)
    .sort(comparePeriodIds)
    .at(-1);
}

const rank: Record<RagStatus, number | null> = { green: 2, amber: 1, red: 0, 'not-rated': null };

export type ChangeKind = 'worse' | 'better' | 'newly-rated' | 'no-longer-rated';

export interface StatusChange {
  row: IndicatorRow;
  from: RagStatus;
  to: RagStatus;
  kind: ChangeKind;
}

/**
 * Indicators whose headline status differs between two lists of the same scope (matched by
 * indicator id), worse first, then better, then those gaining or losing a rating.
 */
export function statusChanges(
  previous: readonly IndicatorRow[],
  current: readonly IndicatorRow[],
): StatusChange[] {
  const before = new Map(previous.map((row) => [row.indicator.id, headlineStatus(row)]));
  const order: Record<ChangeKind, number> = {
    worse: 0,
    better: 1,
    'newly-rated': 2,
    'no-longer-rated': 3,
  };
  const changes: StatusChange[] = [];
  for (const row of current) {
    const from = before.get(row.indicator.id);
    const to = headlineStatus(row);
    if (from === undefined || from === to) continue;
    const a = rank[from];
    const b = rank[to];
    const kind: ChangeKind =
      a === null ? 'newly-rated' : b === null ? 'no-longer-rated' : b < a ? 'worse' : 'better';
    changes.push({ row, from, to, kind });
  }
  return changes.sort((x, y) => order[x.kind] - order[y.kind]);
}

/** How many changes there are of each kind: all the overview keeps of the changes it does not list. */
export type ChangeCounts = Record<ChangeKind, number>;

export function countChanges(changes: readonly Pick<StatusChange, 'kind'>[]): ChangeCounts {
  const counts: ChangeCounts = { worse: 0, better: 0, 'newly-rated': 0, 'no-longer-rated': 0 };
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}

/** All the changes counted. */
export function changeTotal(counts: ChangeCounts): number {
  return counts.worse + counts.better + counts['newly-rated'] + counts['no-longer-rated'];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** 'Since April 2012, 2 indicators got worse and 1 improved; 3 were rated for the first time.' */
export function changesSentence(counts: ChangeCounts, since: string): string {
  const count = (kind: ChangeKind) => counts[kind];
  const when = `Since ${formatPeriod(since)}`;
  if (changeTotal(counts) === 0) return `${when}, no indicator changed status.`;
  const moves = [
    count('worse') ? `${plural(count('worse'), 'indicator', 'indicators')} got worse` : undefined,
    count('better') ? `${plural(count('better'), 'indicator', 'indicators')} improved` : undefined,
  ].filter((part) => part !== undefined);
  const ratings = [
    count('newly-rated')
      ? `${plural(count('newly-rated'), 'indicator was', 'indicators were')} rated for the first time`
      : undefined,
    count('no-longer-rated')
      ? `${plural(count('no-longer-rated'), 'indicator has', 'indicators have')} no status now`
      : undefined,
  ].filter((part) => part !== undefined);
  const first = moves.length
    ? `${when}, ${moves.join(' and ')}`
    : `${when}, ${ratings.shift() ?? ''}`;
  return ratings.length ? `${first}; ${ratings.join(' and ')}.` : `${first}.`;
}

/** 'Amber to Red' */
export function changeWords(change: Pick<StatusChange, 'from' | 'to'>): string {
  return `${statusLabel(change.from)} to ${statusLabel(change.to)}`;
}

/**
 * The indicators to look at first: red and getting worse, then the other reds, then amber and
 * getting worse; each once, in that order.
 */
export function needsAttention(rows: readonly IndicatorRow[]): IndicatorRow[] {
  const score = (row: IndicatorRow): number | null => {
    const status = headlineStatus(row);
    const worsening = row.direction.direction === 'worsening';
    if (status === 'red') return worsening ? 0 : 1;
    if (status === 'amber' && worsening) return 2;
    return null;
  };
  return rows
    .map((row, index) => ({ row, index, score: score(row) }))
    .filter(
      (entry): entry is { row: IndicatorRow; index: number; score: number } => entry.score !== null,
    )
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((entry) => entry.row);
}
