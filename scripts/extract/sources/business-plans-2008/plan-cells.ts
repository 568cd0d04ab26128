/**
 * Reads one figure cell of a unit plan table. Builds on lib/cells readCell, adding what these
 * plans print: footnote stars ('N/A*'), a number followed by its unit ('3 weeks'), a number
 * with a remark ('90% (NA as PAF but relevant to SAS)'), and another year's target in the
 * cell ('2007/8 target – 1.5'). Words with no figure are kept as 'no value' with the words.
 */
import { readCell, type CellReading } from '../../lib/cells';
import type { MissingReason } from '../../../../src/data/contract/dataset-schema';
import { financialYears } from './columns';
import { printedCell } from './tables';

export type PlanCell =
  | { kind: 'blank' }
  | {
      kind: 'value';
      value: number;
      printed: string;
      text?: string;
      qualifier?: string;
      band?: { value: number; text: string };
      /** A footnote mark printed after the figure ('618**'). */
      mark?: string;
    }
  | {
      kind: 'missing';
      printed: string;
      reason: MissingReason;
      text: string;
      suspicious: boolean;
      mark?: string;
    }
  | { kind: 'other-period'; period: string; value: number; printed: string }[];

const numberPart =
  '[<>~≤≥]?\\s*£?\\s*-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?|[<>~≤≥]?\\s*£?\\s*-?\\d+(?:\\.\\d+)?%?(?:k|m)?';

const scaleSuffix: Record<string, string> = { thousand: 'k', million: 'm', billion: 'bn' };

export function readPlanCell(raw: string): PlanCell {
  const cell = readMarkedCell(raw);
  if (Array.isArray(cell) || cell.kind === 'blank') return cell;
  const mark = /(\*+)$/.exec(cell.printed)?.[1];
  return mark ? { ...cell, mark } : cell;
}

function readMarkedCell(raw: string): PlanCell {
  // The cell as printed keeps its footnote marks ('618**'); only markup and spacing go.
  const printed = printedCell(raw);
  if (/^\*+$/.test(printed)) {
    // What a lone star means is up to the table's footnote, which build.ts looks up.
    return {
      kind: 'missing',
      printed,
      reason: 'other',
      text: `"${printed}": no figure is printed`,
      suspicious: false,
    };
  }
  // Footnote marks ('[see note 2]', '[†]', '⁶', '*') and a leading '+' are not part of the figure.
  const text = printed
    .replace(/\[[^\]]*\]|[⁰¹²³⁴⁵⁶⁷⁸⁹†#]+/g, ' ')
    .replace(/\*+/g, ' ')
    .replace(/^\+(?=\d)/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return { kind: 'blank' };
  if (/^(tbc|tba|to be confirmed)\b/i.test(text)) {
    return { kind: 'missing', printed, reason: 'to-be-confirmed', text, suspicious: false };
  }
  const direct = readCell(text);
  if (direct.value !== null) return asValue(direct, printed);
  // '£4.4 million': the scale in words, read as '£4.4m' (4,400,000), never as 4.4 and a remark.
  const scaled = /^(£?\s*\d+(?:\.\d+)?)\s*(thousand|million|billion)$/i.exec(text);
  const suffix = scaleSuffix[scaled?.[2]?.toLowerCase() ?? ''];
  if (scaled?.[1] && suffix) {
    const reading = readCell(`${scaled[1]}${suffix}`);
    if (reading.value !== null) return asValue(reading, printed);
  }
  // '2007/8 target – 1.5', 'BVPI 2007/8 target – 4.8% LPSA2 target – 4.69%': a figure for another year.
  const otherYear = [
    ...text.matchAll(
      new RegExp(`((?:19|20)\\d{2}\\s*/\\s*\\d{1,2})\\s+target\\s*[–-]\\s*(${numberPart})`, 'gi'),
    ),
  ];
  if (otherYear.length > 0) {
    const readings = otherYear.flatMap((match) => {
      const [period] = financialYears(match[1] ?? '');
      const reading = readCell(match[2] ?? '');
      return period !== undefined && reading.value !== null
        ? [{ kind: 'other-period' as const, period, value: reading.value, printed }]
        : [];
    });
    if (readings.length > 0) return readings;
  }
  // '38 (2005)': the figure names its own calendar year, which overrides the column's year.
  const ownYear = new RegExp(`^(${numberPart})\\s*\\(((?:19|20)\\d{2})\\)$`).exec(text);
  if (ownYear?.[1] && ownYear[2]) {
    const reading = readCell(ownYear[1]);
    if (reading.value !== null)
      return [{ kind: 'other-period', period: ownYear[2], value: reading.value, printed }];
  }
  // '1,600 (08-09) 2,000 (09-10)': each figure names its own year.
  const tagged = [
    ...text.matchAll(new RegExp(`(${numberPart})\\s*\\((\\d{2,4}\\s*[-/]\\s*\\d{1,4})\\)`, 'g')),
  ];
  if (
    tagged.length > 0 &&
    text
      .replace(new RegExp(`(${numberPart})\\s*\\((\\d{2,4}\\s*[-/]\\s*\\d{1,4})\\)`, 'g'), '')
      .trim() === ''
  ) {
    const readings = tagged.flatMap((match) => {
      const [period] = financialYears(match[2] ?? '');
      const reading = readCell(match[1] ?? '');
      return period !== undefined && reading.value !== null
        ? [{ kind: 'other-period' as const, period, value: reading.value, printed }]
        : [];
    });
    if (readings.length === tagged.length) return readings;
  }
  const bound = /^(under|less than|below|over|more than|above|at least)\s+(.+)$/i.exec(text);
  if (bound?.[2]) {
    const inner = readPlanCell(bound[2]);
    if (!Array.isArray(inner) && inner.kind === 'value') {
      return {
        ...inner,
        kind: 'value',
        printed,
        qualifier: /under|less|below/i.test(bound[1] ?? '')
          ? '<'
          : /at least/i.test(bound[1] ?? '')
            ? '≥'
            : '>',
        text: text,
      };
    }
  }
  // PAF 'blobs': '10.6 ●●●●● V Good' is the figure and its performance band (one blob per band).
  const blobs = /^(\d+(?:\.\d+)?%?)\s*(●{1,5})\s*(.*)$/.exec(text);
  if (blobs?.[1] && blobs[2]) {
    const reading = readCell(blobs[1]);
    if (reading.value !== null) {
      return {
        ...asValue(reading, printed),
        band: { value: blobs[2].length, text: `${blobs[2]} ${blobs[3] ?? ''}`.trim() },
      };
    }
  }
  const labelled = /^all(?: pupils)?\s+(\d+(?:\.\d+)?%?)$/i.exec(text);
  if (labelled?.[1]) {
    const reading = readCell(labelled[1]);
    if (reading.value !== null) return { ...asValue(reading, printed), text: 'all pupils' };
  }
  const orMore = /^(\d+(?:\.\d+)?%?)\+$/.exec(text);
  if (orMore?.[1]) {
    const reading = readCell(orMore[1]);
    if (reading.value !== null) return { ...asValue(reading, printed), text: 'or more' };
  }
  const leading = new RegExp(`^(${numberPart})\\s*([A-Za-z(].*)$`, 'i').exec(text);
  if (leading?.[1] && leading[2]) {
    const reading = readCell(leading[1]);
    if (reading.value !== null && !/\d/.test(leading[2].replace(/\(.*?\)/g, ''))) {
      return { ...asValue(reading, printed), text: leading[2] };
    }
  }
  if (direct.missing.reason !== 'garbled') {
    return {
      kind: 'missing',
      printed,
      reason: direct.missing.reason,
      text: direct.missing.text,
      suspicious: false,
    };
  }
  if (!/\d/.test(text) || isDateOrNote(text))
    return { kind: 'missing', printed, reason: 'other', text, suspicious: false };
  return {
    kind: 'missing',
    printed,
    reason: /^[\d,.%\s£-]+$/.test(text) ? 'garbled' : 'other',
    text,
    suspicious: true,
  };
}

type PlanValue = Extract<PlanCell, { kind: 'value' }>;

function asValue(reading: CellReading & { value: number }, printed: string): PlanValue {
  return {
    kind: 'value',
    value: reading.value,
    printed,
    ...('qualifier' in reading && reading.qualifier ? { qualifier: reading.qualifier } : {}),
  };
}

/** Dates ('31 March 2006', '05/03/07') and pointers ('See note 1', 'New PI for 2008/9 TBA') hold no figure. */
function isDateOrNote(text: string): boolean {
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text)) return true;
  if (
    /^\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}$/i.test(
      text,
    )
  )
    return true;
  if (
    /^(see (note|page|core)|new (pi|indicator)|baseline|target(s)? (to be|will be)|to be )/i.test(
      text,
    )
  )
    return true;
  // Words naming years only ('Maintain or reduce from 2006/7 Baseline', 'Target for 08/09?').
  const withoutYears = text
    .replace(/\b((19|20)?\d{2}\s*[/-]\s*\d{1,4})\b/g, ' ')
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{2}\b/gi, ' ');
  return !/\d/.test(withoutYears);
}
