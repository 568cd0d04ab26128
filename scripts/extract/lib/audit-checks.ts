/**
 * Audits the committed dataset against the council papers: every provenance must point at a
 * real line and quote it exactly, every figure must be readable from the cell it cites, and no
 * figure may silently disagree with another. Pure: callers pass the bundles and the papers.
 */
import type {
  Bundle,
  Observation,
  Provenance,
  QualityNote,
} from '../../../src/data/contract/dataset-schema';
import { cellIndex, outOfOrder } from './audit-cells';
import { isYearsOnly, nearestHeader, periodSpellings } from './audit-headers';
import { normaliseCell, readCell } from './cells';

export type AuditCheck =
  | 'provenance'
  | 'printed'
  | 'value'
  | 'header-period'
  | 'indicator-in-row'
  | 'cell-position'
  | 'duplicate';

/** Hard checks fail the test; the rest are reported for a person to look at. */
export const HARD_CHECKS: ReadonlySet<AuditCheck> = new Set([
  'provenance',
  'printed',
  'value',
  'duplicate',
]);

export interface AuditFinding {
  check: AuditCheck;
  bundle: string;
  message: string;
  document?: string;
  line?: number;
}

export interface NamedBundle {
  file: string;
  bundle: Bundle;
}

/** A paper's lines, 1-based as cited; undefined when the paper is not there. */
export type PaperLines = (document: string) => string[] | undefined;

export interface AuditResult {
  findings: AuditFinding[];
  /** Figures whose printed text or value only reconciles through a note: counted, not failed. */
  explained: AuditFinding[];
  counts: { provenances: number; observations: number; indicators: number };
}

export function auditDataset(bundles: NamedBundle[], paper: PaperLines): AuditResult {
  const findings: AuditFinding[] = [];
  const explained: AuditFinding[] = [];
  let provenances = 0;
  let observations = 0;
  let indicators = 0;
  for (const { file, bundle } of bundles) {
    for (const { where, provenance } of provenancesOf(bundle)) {
      provenances += 1;
      const problem = checkProvenance(provenance, paper);
      if (problem) findings.push(at(file, 'provenance', `${where}: ${problem}`, provenance));
    }
    const notesByLine = noteIndex(bundle.notes);
    for (const [before, after] of outOfOrder(bundle.observations)) {
      findings.push(
        at(
          file,
          'cell-position',
          `${describe(before)} "${before.printed}" sits in an earlier column than ${after.period} ${after.measure} "${after.printed}"`,
          before.provenance,
        ),
      );
    }
    for (const observation of bundle.observations) {
      observations += 1;
      for (const finding of checkFigure(file, observation, notesByLine)) {
        (finding.explained ? explained : findings).push(finding.finding);
      }
      const header = checkHeader(file, observation, paper);
      if (header) findings.push(header);
    }
    for (const indicator of bundle.indicators) {
      indicators += 1;
      if (indicator.provenance.length === 0) continue;
      if (!indicator.provenance.some((p) => indicatorInRow(indicator, p.row))) {
        findings.push(
          at(
            file,
            'indicator-in-row',
            `${indicator.id}: neither title "${indicator.title}" nor a code appears in its provenance rows`,
            indicator.provenance[0],
          ),
        );
      }
    }
  }
  findings.push(...checkDuplicates(bundles));
  return { findings, explained, counts: { provenances, observations, indicators } };
}

function at(
  bundle: string,
  check: AuditCheck,
  message: string,
  provenance: Provenance | undefined,
): AuditFinding {
  return provenance
    ? { check, bundle, message, document: provenance.document, line: provenance.line }
    : { check, bundle, message };
}

export function provenancesOf(bundle: Bundle): Array<{ where: string; provenance: Provenance }> {
  const out: Array<{ where: string; provenance: Provenance }> = [];
  const add = (where: string, provenances: Array<Provenance | undefined>) => {
    for (const provenance of provenances) if (provenance) out.push({ where, provenance });
  };
  for (const i of bundle.indicators) add(`indicator ${i.id}`, i.provenance);
  for (const o of bundle.observations) add(`observation ${describe(o)}`, [o.provenance]);
  for (const c of bundle.commentary) add(`commentary ${c.indicatorId} ${c.period}`, [c.provenance]);
  for (const n of bundle.notes) add(`note ${n.id}`, n.provenance);
  for (const s of bundle.structures)
    for (const n of s.nodes) add(`node ${s.id}/${n.id}`, [n.provenance]);
  for (const g of bundle.groups) add(`group ${g.id}`, g.provenance);
  for (const t of bundle.comparisonTables) add(`table ${t.id}`, t.provenance);
  return out;
}

export function describe(o: Observation): string {
  return `${o.indicatorId} ${o.area} ${o.period} ${o.basis} ${o.measure}`;
}

const ROW_LIMIT = 2000;

function checkProvenance(p: Provenance, paper: PaperLines): string | undefined {
  const lines = paper(p.document);
  if (!lines) return `document ${p.document} does not exist`;
  const text = lines[p.line - 1];
  if (text === undefined) return `${p.document} has no line ${p.line}`;
  const trimmed = text.trim();
  // The schema caps rows at 2,000 characters, so a long prose line is quoted up to the cap.
  if (p.row === trimmed || (trimmed.length > ROW_LIMIT && p.row === trimmed.slice(0, ROW_LIMIT)))
    return undefined;
  return `row differs from line ${p.line}: cited "${clip(p.row)}", printed "${clip(trimmed)}"`;
}

function clip(text: string, length = 90): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

function noteIndex(notes: QualityNote[]): Map<string, QualityNote[]> {
  const index = new Map<string, QualityNote[]>();
  for (const note of notes) {
    for (const p of note.provenance) {
      const key = `${p.document}:${p.line}`;
      index.set(key, [...(index.get(key) ?? []), note]);
    }
  }
  return index;
}

/** Tabs and spacing are lost or moved by the conversion, so compare without them as a fallback. */
const compact = (text: string) =>
  normaliseCell(stripMarkup(text)).replace(/\s+/g, '').toLowerCase();

/** Some rows keep the HTML of the original table cells (`<p>77%</p>`); the cell text is what counts. */
const stripMarkup = (text: string) => text.replace(/<[^>]*>/g, ' ');

const NUMBER_TOKEN = /(?:<=|>=|[<>≤≥~])?-?£?\d[\d,]*(?:\.\d+)?\s*(?:%|k\b|m\b|bn\b)?/gi;

/** Every number the text prints, read the way readCell reads a cell. */
function numbersIn(text: string): number[] {
  const values: number[] = [];
  for (const match of normaliseCell(text).matchAll(NUMBER_TOKEN)) {
    const token = match[0].trim();
    const reading = readCell(token);
    if (reading.value !== null) values.push(reading.value);
    const digits = Number(token.replace(/[^\d.]/g, ''));
    if (Number.isFinite(digits)) values.push(digits, -digits);
  }
  return values;
}

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const WORDED_SCALE = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion)\b/i;

const SCALES = [1e3, 1e6, 1e9, 1e-3, 100, 0.01];
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

interface FigureFinding {
  finding: AuditFinding;
  explained: boolean;
}

function checkFigure(
  file: string,
  o: Observation,
  notesByLine: Map<string, QualityNote[]>,
): FigureFinding[] {
  const p = o.provenance;
  if (!p) return [];
  const notes = notesByLine.get(`${p.document}:${p.line}`) ?? [];
  const hasNote = p.note !== undefined || notes.length > 0;
  const explanation = [p.note, ...notes.map((n) => n.text)].filter(Boolean).join(' ');
  const corrected = /correct|typo|read as/i.test(explanation);
  const out: FigureFinding[] = [];
  const push = (check: AuditCheck, message: string, explainedBy: boolean) => {
    const suffix = explainedBy ? ` [note: ${clip(explanation, 140)}]` : '';
    out.push({
      finding: at(file, check, `${describe(o)}: ${message}${suffix}`, p),
      explained: explainedBy,
    });
  };
  const scaledNote = (scaled: boolean) => (scaled ? ' (a scale factor apart)' : '');

  if (o.printed === undefined) {
    if (o.value === null) return out;
    const value = o.value;
    const candidates = numbersIn(p.row);
    if (!candidates.some((c) => same(c, value))) {
      const scaled = isScaled(candidates, value);
      push(
        'value',
        `value ${value} (no printed cell) does not appear in the row "${clip(p.row)}"${scaledNote(scaled)}`,
        hasNote && scaled,
      );
    }
    return out;
  }

  const printed = o.printed;
  const inRow =
    normaliseCell(p.row).includes(normaliseCell(printed)) ||
    compact(p.row).includes(compact(printed));
  if (!inRow) push('printed', `printed "${printed}" is not in the row "${clip(p.row)}"`, hasNote);
  else if (cellIndex(p.row, printed) === -1)
    push(
      'cell-position',
      `printed "${printed}" is in the row but is not a whole cell of it`,
      false,
    );

  const reading = readCell(printed);
  if (o.value === null) {
    if (reading.value !== null && o.missing === undefined && o.text === undefined)
      push('value', `value is null but "${printed}" reads as ${reading.value}`, hasNote);
    return out;
  }
  const value = o.value;
  if (o.measure === 'band' && printed.includes('●')) {
    // PAF bands are printed as blobs beside the figure ('10.6 ●●●●● V Good'): the band is the blob count.
    const blobs = printed.split('●').length - 1;
    if (blobs !== value)
      push('value', `band ${value} but "${printed}" shows ${blobs} blobs`, false);
    return out;
  }
  if (reading.value !== null) {
    if (!same(reading.value, value)) {
      const scaled = isScaled([reading.value], value);
      push(
        'value',
        `value ${value} but readCell("${printed}") gives ${reading.value}${scaledNote(scaled)}`,
        hasNote && (scaled || corrected),
      );
    }
    return out;
  }
  const worded = WORDED_SCALE.exec(normaliseCell(printed));
  if (worded) {
    // '£6 million' is 6,000,000, whatever words surround it.
    const [, digits = '', word = ''] = worded;
    const expected = Number(digits.replace(/,/g, '')) * (SCALE_WORDS[word.toLowerCase()] ?? 1);
    if (!same(expected, value))
      push('value', `value ${value} but "${printed}" is ${expected}`, false);
    return out;
  }
  // A cell with words around the figure ('86% (Autumn Term)'): the value must be one of its numbers.
  const candidates = numbersIn(printed);
  if (!candidates.some((c) => same(c, value))) {
    const scaled = isScaled(candidates, value);
    push(
      'value',
      `value ${value} is not a number printed in "${printed}"${scaledNote(scaled)}`,
      hasNote && (scaled || corrected),
    );
  } else if (new Set(candidates.filter((c) => c >= 0)).size > 1 && !hasNote) {
    push(
      'value',
      `value ${value} picked from "${printed}", which prints several numbers, with no note`,
      false,
    );
  }
  return out;
}

function isScaled(candidates: number[], value: number): boolean {
  return candidates.some((c) => SCALES.some((scale) => same(c * scale, value)));
}

const MEASURE_WORDS: Record<string, RegExp> = {
  target: /target/i,
  estimate: /estimate|forecast|projected|expected/i,
  forecast: /forecast|estimate|projected/i,
  baseline: /baseline/i,
};

function checkHeader(file: string, o: Observation, paper: PaperLines): AuditFinding | undefined {
  const p = o.provenance;
  if (!p || o.area !== 'kent') return undefined;
  const ownYears = [
    ...(o.printed ?? '').matchAll(/\((?:[a-z ]*)((?:19|20)\d{2}(?:\/\d{2})?|\d{2}[/-]\d{2})\)/gi),
  ].map((match) => (match[1] ?? '').replace('-', '/'));
  const ownYear = ownYears.every(
    (year) => !periodSpellings(o.period).some((s) => s === year || s.endsWith(year)),
  )
    ? ownYears[0]
    : undefined;
  if (ownYear) {
    return at(
      file,
      'header-period',
      `${describe(o)}: the cell "${o.printed}" prints its own period (${ownYear}), which is not ${o.period}`,
      p,
    );
  }
  const lines = paper(p.document);
  if (!lines) return undefined;
  const header = nearestHeader(lines, p.line);
  if (!header) return undefined;
  // A years-only sub-header overrides some columns; the main header above names the rest.
  const main = isYearsOnly(header.text) ? nearestHeader(lines, header.line) : undefined;
  const text = `${header.text} ${main?.text ?? ''}`.replace(/\s+/g, ' ');
  // '2006 – 2007', '2010- 11': compare without spaces and with plain hyphens.
  const squeeze = (value: string) => value.replace(/[–—]/g, '-').replace(/\s+/g, '').toLowerCase();
  const year = periodSpellings(o.period).some((s) => squeeze(text).includes(squeeze(s)));
  const measureWord = MEASURE_WORDS[o.measure];
  const measure = measureWord ? measureWord.test(text) : true;
  const column = /column:? "?([^"]*)"?/i.exec(p.note ?? '')?.[1] ?? '';
  const range =
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{2,4})?\s*[-–]\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
  if (/^\d{4}-\d{2}$/.test(o.period) && o.basis === 'period' && range.test(column)) {
    return at(
      file,
      'header-period',
      `${describe(o)}: column "${column}" covers several months but the figure is filed as the single month ${o.period} (basis 'period', not 'ytd'/'cumulative')`,
      p,
    );
  }
  if (year && measure) return undefined;
  const what = [!year ? `period ${o.period}` : '', !measure ? `measure ${o.measure}` : '']
    .filter(Boolean)
    .join(' and ');
  return at(
    file,
    'header-period',
    `${describe(o)}: ${what} not in the nearest header (line ${header.line}: "${clip(text, 120)}")`,
    p,
  );
}

const words = (text: string) =>
  normaliseCell(text)
    .toLowerCase()
    .replace(/[^a-z0-9%.]+/g, ' ')
    .trim();

export function indicatorInRow(
  indicator: { title: string; codes: Array<{ framework: string; code: string }> },
  row: string,
): boolean {
  const rowWords = ` ${words(row)} `;
  const title = words(indicator.title);
  if (rowWords.includes(` ${title} `) || rowWords.includes(title)) return true;
  // Titles often prefix the row's label with its section ('SEN (KS3 to 4) … – VI' from the row 'VI').
  const label = words(row.split(/\t|\s\|\s/)[0] ?? '');
  if (label.length >= 2 && ` ${title} `.includes(` ${label} `)) return true;
  return indicator.codes.some(({ code }) => {
    const token = words(code);
    return (
      token.length > 0 &&
      new RegExp(`(^|[^a-z0-9.]|ni|bv|bvpi|paf)${escape(token)}($|[^a-z0-9])`).test(rowWords)
    );
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function checkDuplicates(bundles: NamedBundle[]): AuditFinding[] {
  const contradictions = new Set<string>();
  const contradictionLines = new Set<string>();
  for (const { bundle } of bundles) {
    for (const note of bundle.notes) {
      if (note.kind !== 'contradiction') continue;
      note.indicatorIds.forEach((id) => contradictions.add(id));
      note.provenance.forEach((p) => contradictionLines.add(`${p.document}:${p.line}`));
    }
  }
  const groups = new Map<string, Array<{ file: string; o: Observation }>>();
  for (const { file, bundle } of bundles) {
    for (const o of bundle.observations) {
      if (o.value === null) continue;
      const key = describe(o);
      groups.set(key, [...(groups.get(key) ?? []), { file, o }]);
    }
  }
  const findings: AuditFinding[] = [];
  for (const [key, entries] of groups) {
    const values = new Set(entries.map((e) => e.o.value));
    if (values.size < 2) continue;
    const [first] = entries;
    if (!first) continue;
    if (contradictions.has(first.o.indicatorId)) continue;
    if (
      entries.some(
        (e) =>
          e.o.provenance &&
          contradictionLines.has(`${e.o.provenance.document}:${e.o.provenance.line}`),
      )
    )
      continue;
    const where = entries
      .map(
        (e) =>
          `${e.file}${e.o.provenance ? ` line ${e.o.provenance.line}` : ''} = ${e.o.value} ("${e.o.printed ?? ''}")`,
      )
      .join('; ');
    findings.push(
      at(
        first.file,
        'duplicate',
        `${key}: different values with no contradiction note: ${where}`,
        first.o.provenance,
      ),
    );
  }
  return findings;
}
