/**
 * The performance frameworks an indicator can belong to, with the words people read for each.
 * The dataset schema's zod enum and every label on screen come from this one list.
 */
export const FRAMEWORKS = ['PAF', 'BVPI', 'NI', 'LPSA', 'LAA', 'T2010', 'LOCAL'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

interface FrameworkWords {
  /** The framework in full, for filters and headings. */
  name: string;
  /** What goes before a code, e.g. 'NI' in 'NI 125' or 'Towards 2010 target' in 'Towards 2010 target 52'. */
  codePrefix: string;
}

export const frameworkWords: Record<Framework, FrameworkWords> = {
  PAF: { name: 'PAF (social services Performance Assessment Framework)', codePrefix: 'PAF' },
  BVPI: { name: 'BVPI (Best Value)', codePrefix: 'BVPI' },
  NI: { name: 'NI (National Indicator Set)', codePrefix: 'NI' },
  LPSA: { name: 'LPSA (Local Public Service Agreement)', codePrefix: 'LPSA' },
  LAA: { name: 'LAA / Kent Agreement', codePrefix: 'LAA' },
  T2010: { name: 'Towards 2010', codePrefix: 'Towards 2010 target' },
  LOCAL: { name: 'Local indicators', codePrefix: 'Local' },
};

/** 'NI 125', 'Towards 2010 target 52'. */
export function formatCode(code: { framework: Framework; code: string }): string {
  return `${frameworkWords[code.framework].codePrefix} ${code.code}`;
}

/** Every code of an indicator, in the order the dataset gives them. */
export function formatCodes(
  codes: readonly { framework: Framework; code: string }[],
  separator = ' · ',
): string {
  return codes.map(formatCode).join(separator);
}
