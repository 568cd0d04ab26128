/**
 * Why a figure has no value. The dataset schema's zod enum and the words on screen ('No value
 * (to be confirmed)') come from this one list.
 */
export const MISSING_REASONS = [
  'not-available',
  'to-be-confirmed',
  'reported-less-often',
  'not-applicable',
  'new-indicator',
  'not-yet-due',
  'garbled',
  'other',
] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

export const missingReasonLabels: Record<MissingReason, string> = {
  'not-available': 'not available',
  'to-be-confirmed': 'to be confirmed',
  'reported-less-often': 'reported less often',
  'not-applicable': 'not applicable',
  'new-indicator': 'new indicator',
  'not-yet-due': 'not yet due',
  garbled: 'garbled in the source',
  other: 'no value',
};
