/**
 * The pieces the pages' address schemas are built from, in zod's small build (`zod/mini`): these
 * schemas are read by the first view, which must not carry the whole of zod or the contract's
 * schemas (ADR 0087). Each list comes from the domain, where it is defined once; the contract's
 * schemas use the same lists. Anything unreadable in a hand-edited address is dropped (undefined)
 * rather than breaking the page.
 */
import * as z from 'zod/mini';
import { FRAMEWORKS } from '@/domain/frameworks';
import { periodIdProblem, PERIOD_ID_PATTERN } from '@/domain/periods';
import { PROFILE_CHOICES } from '@/domain/profile';
import { INDICATOR_KINDS } from '@/domain/rating';
import { RAG_STATUSES } from '@/domain/types';

/** A parameter that may be left out, and is left out when its value cannot be read. */
export function optionalParam<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

/** Any text. */
export const textParam = optionalParam(z.string());

/** A canonical period id (2007/08, 2012/13 Q1, 2012-05, 2010, AY 2011/12), as the contract reads it. */
export const periodParam = optionalParam(
  z.string().check(
    z.regex(PERIOD_ID_PATTERN),
    z.refine((id) => periodIdProblem(id) === null),
  ),
);

export const frameworkParam = optionalParam(z.enum(FRAMEWORKS));
export const ragStatusParam = optionalParam(z.enum(RAG_STATUSES));
export const indicatorKindParam = optionalParam(z.enum(INDICATOR_KINDS));
/** 'paper': statuses from the paper's figures alone, without assumed target profiles. */
export const profilesParam = optionalParam(z.enum(PROFILE_CHOICES));
