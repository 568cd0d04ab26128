/**
 * Framework codes printed in indicator titles ('PAF C28 BVPI 53.', 'BVPI 43(b)', 'NI 103 a)',
 * 'LPSA 1.1', 'T2010 Target 16') and the id rule every extractor shares:
 * NI > PAF > BVPI > LPSA > LAA > T2010, else a local id.
 */
import type { Framework, IndicatorCode } from '../../../../src/data/contract/dataset-schema';

const priority: Framework[] = ['NI', 'PAF', 'BVPI', 'LPSA', 'LAA', 'T2010', 'LOCAL'];

const patterns: Array<[Framework, RegExp]> = [
  // 'NI 9. Use of Public libraries': a full stop after the number ends it; 'NI 1.1' is no NI code.
  ['NI', /\bNI\s?(\d{1,3})(?:\s?([a-c])\))?(?!\d|\.\d)/g],
  ['PAF', /\bPAF\s?([A-E]\s?\d{1,3})\b/g],
  ['BVPI', /\bBV(?:PI)?\s?-?\s?(\d{1,3})(?:\s?\(?([a-jA-J])\)|([a-jA-J])\b)?/g],
  ['LPSA', /\bLPSA\s?2?\s?(?:target\s)?(\d{1,2}\.\d{1,2})/gi],
  ['T2010', /\b(?:T2010|TT10|Towards 2010)(?:\s*[–:-]?\s*Target\s*|\s*[–:-]\s*|\s+)(\d{1,2})\b/gi],
];

export function parseCodes(title: string): IndicatorCode[] {
  const text = title.replace(/<[^>]+>/g, ' ');
  const codes: IndicatorCode[] = [];
  for (const [framework, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const [, number = '', partA, partB] = match;
      const part = partA ?? partB ?? '';
      const code = `${number.replace(/\s/g, '')}${part.toLowerCase()}`;
      if (!codes.some((existing) => existing.framework === framework && existing.code === code)) {
        codes.push({ framework, code });
      }
    }
  }
  return codes.sort((a, b) => priority.indexOf(a.framework) - priority.indexOf(b.framework));
}

export function codeId(code: IndicatorCode): string {
  return `${code.framework.toLowerCase()}-${code.code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export function idForCodes(codes: IndicatorCode[]): string | null {
  const [first] = codes;
  return first ? codeId(first) : null;
}

/**
 * Children's Social Services prints its PAF indicators by bare code ('A1 Percentage of children
 * looked after with 3 or more placements', 'C69 % of new LAC…') under a PAF-banded table.
 */
export function parsePafLedTitle(title: string): IndicatorCode | null {
  const match = /^([A-E]\d{1,3})\s+(?=[A-Z%])/.exec(title.trim());
  return match?.[1] ? { framework: 'PAF', code: match[1] } : null;
}
