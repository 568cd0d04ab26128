/**
 * A cheaper path through the bundle schema for large datasets. zod parses every observation into a
 * fresh object (1.9 million of them in the synthetic national set, most of the loader's time and
 * garbage). An observation already in canonical form — only known keys, `basis` written out, every
 * value valid — comes out of zod unchanged in content, so it is checked by hand and kept as it is.
 * Anything else (a default to fill, an unknown key to strip, an invalid value) goes through zod,
 * so problems are reported exactly as before.
 */
import { FIGURE_BASES } from '@/domain/figure-basis';
import { isPeriodId } from '@/domain/periods';
import { isRecord } from '@/lib/is-record';
import {
  bundleSchema,
  MEASURES,
  missingReasonSchema,
  ragSchema,
  type Bundle,
  type Observation,
} from './dataset-schema';

// Kept in step with dataset-schema.ts; fast-observations.test.ts checks agreement with zod.
const ID = /^[a-z0-9][a-z0-9-]*$/;
const BASES: ReadonlySet<unknown> = new Set(FIGURE_BASES);
const MEASURE_SET: ReadonlySet<unknown> = new Set(MEASURES);
const MISSING_REASONS: ReadonlySet<unknown> = new Set(missingReasonSchema.options);
const RAGS: ReadonlySet<unknown> = new Set(ragSchema.options);

const isString = (value: unknown): value is string => typeof value === 'string';

function isMissing(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let keys = 0;
  for (const key in value) {
    keys += 1;
    if (key !== 'reason' && key !== 'text') return false;
  }
  return keys === 2 && MISSING_REASONS.has(value.reason) && isString(value.text);
}

function isProvenance(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    const field = value[key];
    if (key === 'document') {
      if (!isString(field) || field.length < 1) return false;
    } else if (key === 'line') {
      if (typeof field !== 'number' || !Number.isSafeInteger(field) || field <= 0) return false;
    } else if (key === 'row') {
      if (!isString(field) || field.length < 1 || field.length > 2000) return false;
    } else if (key === 'note') {
      if (!isString(field)) return false;
    } else return false;
  }
  return 'document' in value && 'line' in value && 'row' in value;
}

/** True when zod would accept `value` as an observation and return it with the same content. */
export function isCanonicalObservation(value: unknown): value is Observation {
  if (!isRecord(value)) return false;
  let hasValue = false;
  for (const key in value) {
    const field = value[key];
    switch (key) {
      case 'indicatorId':
      case 'area':
        if (!isString(field) || !ID.test(field)) return false;
        break;
      case 'period':
        // The domain's strict reader, as the schema uses: '2012/99' and '1800' are not periods.
        if (!isString(field) || !isPeriodId(field)) return false;
        break;
      case 'basis':
        if (!BASES.has(field)) return false;
        break;
      case 'measure':
        if (!MEASURE_SET.has(field)) return false;
        break;
      case 'value':
        if (field !== null && (typeof field !== 'number' || !Number.isFinite(field))) return false;
        hasValue = true;
        break;
      case 'printed':
      case 'text':
        if (!isString(field)) return false;
        break;
      case 'missing':
        if (!isMissing(field)) return false;
        break;
      case 'publishedRag':
        if (!RAGS.has(field)) return false;
        break;
      case 'provenance':
        if (!isProvenance(field)) return false;
        break;
      default:
        return false;
    }
  }
  return (
    hasValue &&
    'indicatorId' in value &&
    'area' in value &&
    'period' in value &&
    'basis' in value &&
    'measure' in value &&
    (value.value !== null || 'missing' in value || 'text' in value)
  );
}

export type BundleParse = { success: true; data: Bundle } | { success: false };

/**
 * `bundleSchema.safeParse`, with canonical observations checked by hand. Falls back to zod for the
 * whole bundle when any observation is not canonical, so a broken file is reported as before.
 */
export function safeParseBundle(content: unknown): BundleParse {
  if (isRecord(content) && Array.isArray(content.observations)) {
    const observations: unknown[] = content.observations;
    if (observations.every(isCanonicalObservation)) {
      const rest = bundleSchema.safeParse({ ...content, observations: [] });
      if (rest.success) return { success: true, data: { ...rest.data, observations } };
    }
  }
  const parsed = bundleSchema.safeParse(content);
  return parsed.success ? { success: true, data: parsed.data } : { success: false };
}
