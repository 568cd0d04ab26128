/**
 * One indicator may be declared in several files (a catalogue in one, its figures in another):
 * within a file an id is declared once, and across files the declarations are merged.
 */
import { isRecord } from '@/lib/is-record';
import { duplicateIdMessage, type DataProblem, type Origin, type Report } from './dataset-problems';
import type { Indicator } from './dataset-schema';

/** Within one file an indicator id is declared once: a second declaration is an error and is ignored. */
export function uniqueWithinFile(
  indicators: Indicator[],
  origin: Map<object, Origin>,
  report: Report,
): Indicator[] {
  const seen = new Map<string, Indicator>();
  return indicators.filter((indicator) => {
    const file = origin.get(indicator)?.file ?? '?';
    const key = `${file}\u0000${indicator.id}`;
    const first = seen.get(key);
    if (first) {
      report(
        indicator,
        '.id',
        duplicateIdMessage('indicator', indicator.id, {
          file,
          path: origin.get(first)?.path ?? '',
        }),
      );
      return false;
    }
    seen.set(key, indicator);
    return true;
  });
}
/**
 * Fields that change what an indicator's figures mean: a later declaration giving a different
 * value is a conflict. Titles and descriptions are worded differently from paper to paper as a
 * matter of course; the first wording is kept and the others stay in the provenance rows.
 */
const conflictFields = ['kind', 'polarity', 'unit', 'frequency', 'rule'] as const;

function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`)
      .join(',')}}`;
  }
  // JSON.stringify(undefined) is undefined, not a string.
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function unionBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * One indicator may be declared in several files (a catalogue in one, its figures in another).
 * Declarations are merged in manifest file order: codes, owners and provenance are unioned;
 * the first declaration wins for every single-valued field, and a later one that says
 * something different is reported as a warning naming both files. A polarity of `unknown`
 * states nothing, so the first declaration that does state one wins (with its reason).
 */
export function mergeDeclarations(
  declarations: Indicator[],
  origin: Map<object, Origin>,
  problems: DataProblem[],
): Indicator[] {
  const byId = new Map<string, Indicator[]>();
  for (const declaration of declarations) {
    byId.set(declaration.id, [...(byId.get(declaration.id) ?? []), declaration]);
  }
  return [...byId.values()].flatMap((all) => {
    const [first, ...later] = all;
    if (!first) return [];
    if (later.length === 0) return [first];
    const where = (record: Indicator) => origin.get(record) ?? { file: '?', path: '' };
    const stated = all.find((declaration) => declaration.polarity !== 'unknown') ?? first;
    const { polarityReason } = stated;
    const description = all.find(
      (declaration) => declaration.description !== undefined,
    )?.description;
    const merged: Indicator = {
      id: first.id,
      title: first.title,
      kind: first.kind,
      polarity: stated.polarity,
      unit: first.unit,
      frequency: first.frequency,
      rule: first.rule,
      ...(polarityReason !== undefined ? { polarityReason } : {}),
      ...(description !== undefined ? { description } : {}),
      codes: unionBy(
        all.flatMap((declaration) => declaration.codes),
        (code) => `${code.framework}|${code.code}`,
      ),
      owners: unionBy(
        all.flatMap((declaration) => declaration.owners),
        (owner) => `${owner.structureId ?? ''}|${owner.nodeId}|${owner.role}`,
      ),
      provenance: unionBy(
        all.flatMap((declaration) => declaration.provenance),
        (entry) => stableJson(entry),
      ),
    };
    for (const declaration of later) {
      const here = where(declaration);
      for (const field of conflictFields) {
        const kept = merged[field];
        const given = declaration[field];
        if (field === 'polarity' && given === 'unknown') continue;
        if (sameValue(kept, given)) continue;
        const keptFrom = field === 'polarity' ? where(stated) : where(first);
        problems.push({
          file: here.file,
          path: `${here.path}.${field}`,
          message: `indicator "${declaration.id}" is also declared in ${keptFrom.file} ${keptFrom.path} with a different ${field}: ${stableJson(given)} here, ${stableJson(kept)} there; the one in ${keptFrom.file} is kept`,
          severity: 'warning',
        });
      }
    }
    origin.set(merged, where(first));
    return [merged];
  });
}
