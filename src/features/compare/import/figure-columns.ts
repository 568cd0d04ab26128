/**
 * Imported figures as columns: typed arrays, one table of the distinct strings (areas, names,
 * periods) and the printed values as one string with offsets. A worker hands these to the page
 * without copying (the buffers are transferred), IndexedDB stores them with one memory copy, and
 * the page turns them into figure objects a slice at a time, so no single task holds the page for
 * long. An array of 100,000 objects, by contrast, is cloned in one long main-thread task.
 */
import type { FigureColumns } from '@/data/api/benchmark-imports-contract';
import { yieldToMain } from '@/lib/yield-to-main';
import type { ImportedFigure } from './read-file';

export type { FigureColumns };

/** Index meaning "no code" in the code column. */
const NONE = 0xffffffff;

export function toColumns(figures: readonly ImportedFigure[]): FigureColumns {
  const count = figures.length;
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (text: string) => {
    let index = indexOf.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  const columns: FigureColumns = {
    count,
    strings,
    areaId: new Uint32Array(count),
    name: new Uint32Array(count),
    code: new Uint32Array(count),
    areaType: new Uint32Array(count),
    period: new Uint32Array(count),
    isReference: new Uint8Array(count),
    value: new Float64Array(count),
    row: new Uint32Array(count),
    printed: '',
    printedEnd: new Uint32Array(count),
  };
  const printed: string[] = [];
  let end = 0;
  figures.forEach((figure, i) => {
    columns.areaId[i] = intern(figure.areaId);
    columns.name[i] = intern(figure.name);
    columns.code[i] = figure.code === undefined ? NONE : intern(figure.code);
    columns.areaType[i] = intern(figure.areaType);
    columns.period[i] = intern(figure.period);
    columns.isReference[i] = figure.isReference ? 1 : 0;
    columns.value[i] = figure.value;
    columns.row[i] = figure.row;
    printed.push(figure.printed);
    end += figure.printed.length;
    columns.printedEnd[i] = end;
  });
  columns.printed = printed.join('');
  return columns;
}

/** Every typed-array column, one figure per element. */
function typedColumns(columns: FigureColumns) {
  return [
    columns.areaId,
    columns.name,
    columns.code,
    columns.areaType,
    columns.period,
    columns.isReference,
    columns.value,
    columns.row,
    columns.printedEnd,
  ];
}

/** The buffers to transfer with postMessage: the sender gives them up, nothing is copied. */
export function transferables(columns: FigureColumns): ArrayBuffer[] {
  return typedColumns(columns).map((array) => array.buffer as ArrayBuffer);
}

/** Refuses columns that do not fit together (a stored copy from another version, a damaged one). */
export function checkColumns(columns: FigureColumns, isAreaType: (text: string) => boolean): void {
  const { count, strings } = columns;
  const arrays = typedColumns(columns);
  if (arrays.some((array) => array.length !== count)) throw new Error('columns of unequal length');
  if ((columns.printedEnd[count - 1] ?? 0) !== columns.printed.length && count > 0)
    throw new Error('printed values do not fit');
  const typeChecked = new Set<number>();
  for (let i = 0; i < count; i += 1) {
    const code = columns.code[i] ?? 0;
    const type = columns.areaType[i] ?? 0;
    if (
      (columns.areaId[i] ?? 0) >= strings.length ||
      (columns.name[i] ?? 0) >= strings.length ||
      (code !== NONE && code >= strings.length) ||
      type >= strings.length ||
      (columns.period[i] ?? 0) >= strings.length
    )
      throw new Error(`figure ${i} points outside the string table`);
    if (!typeChecked.has(type)) {
      if (!isAreaType(strings[type] ?? '')) throw new Error(`figure ${i} has an unknown area type`);
      typeChecked.add(type);
    }
  }
}

function figureAt(columns: FigureColumns, i: number): ImportedFigure {
  const { strings } = columns;
  const code = columns.code[i] ?? NONE;
  const figure: ImportedFigure = {
    areaId: strings[columns.areaId[i] ?? 0] ?? '',
    name: strings[columns.name[i] ?? 0] ?? '',
    areaType: (strings[columns.areaType[i] ?? 0] ?? 'other') as ImportedFigure['areaType'],
    isReference: columns.isReference[i] === 1,
    period: strings[columns.period[i] ?? 0] ?? '',
    value: columns.value[i] ?? 0,
    printed: columns.printed.slice(
      i === 0 ? 0 : (columns.printedEnd[i - 1] ?? 0),
      columns.printedEnd[i],
    ),
    row: columns.row[i] ?? 0,
  };
  if (code !== NONE) figure.code = strings[code];
  return figure;
}

/** Work between yields: short enough that a click or key press is answered at once. */
const SLICE_MS = 30;

/**
 * The figures as objects, built a slice at a time with a yield to the browser between slices.
 * `onProgress` hears the share done after each slice.
 */
export async function figuresFromColumns(
  columns: FigureColumns,
  onProgress?: (share: number) => void,
): Promise<ImportedFigure[]> {
  const figures: ImportedFigure[] = new Array<ImportedFigure>(columns.count);
  let i = 0;
  while (i < columns.count) {
    const until = performance.now() + SLICE_MS;
    do {
      figures[i] = figureAt(columns, i);
      i += 1;
    } while (i < columns.count && (i % 256 !== 0 || performance.now() < until));
    onProgress?.(i / columns.count);
    if (i < columns.count) await yieldToMain();
  }
  return figures;
}
