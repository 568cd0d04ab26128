/**
 * The address readers replaced `zod/mini` schemas (ADR 0090); they must read every address exactly
 * as those did. Each is checked here against the zod schema it replaced, on values a hand-edited
 * address can produce (through `parseSearch`) and on a few it cannot.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { FRAMEWORKS } from '@/domain/frameworks';
import { periodIdProblem, PERIOD_ID_PATTERN } from '@/domain/periods';
import { PROFILE_CHOICES } from '@/domain/profile';
import { RAG_STATUSES } from '@/domain/types';
import {
  frameworkParam,
  oneOfParam,
  periodParam,
  profilesParam,
  ragStatusParam,
  searchSchema,
  textListParam,
  textParam,
  trimmedTextParam,
  wholeNumberParam,
  type Param,
} from './search-params';
import { isoDateParam } from './date-param';
import { parseSearch } from './search-string';

const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const QUERIES = [
  '?x=red',
  '?x=',
  '?x=%20%20padded%20',
  '?x=3',
  '?x=0',
  '?x=-2',
  '?x=1.5',
  '?x=1e3',
  '?x=007',
  '?x=9007199254740993',
  '?x=true',
  '?x=null',
  '?x=[3]',
  '?x=["E10000016","E10000002"]',
  '?x=["a",1]',
  '?x=[]',
  '?x={"a":1}',
  '?x=a&x=b',
  '?x=2012%2F13%20Q1',
  '?x=2012%2F99',
  '?x=2012-05',
  '?x="2012"',
  '?x=1800',
  '?x=AY%202011%2F12',
  '?x=2024-02-29',
  '?x=2023-02-29',
  '?x=2024-13-01',
  '?x=kcc-2008',
  '?x=KCC!',
  '?x=PAF',
  '?x=not-rated',
  '?x=paper',
  '?x=table',
  `?x=${'a'.repeat(200)}`,
  `?x=${'a'.repeat(201)}`,
];
const RAW_VALUES: unknown[] = [
  ...QUERIES.map((query) => parseSearch(query).x),
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Symbol('x'),
];

const PAIRS: [string, Param<unknown>, z.ZodMiniType][] = [
  ['text', textParam, optional(z.string())],
  [
    'period',
    periodParam,
    optional(
      z.string().check(
        z.regex(PERIOD_ID_PATTERN),
        z.refine((id) => periodIdProblem(id) === null),
      ),
    ),
  ],
  ['framework', frameworkParam, optional(z.enum(FRAMEWORKS))],
  ['status', ragStatusParam, optional(z.enum(RAG_STATUSES))],
  ['profiles', profilesParam, optional(z.enum(PROFILE_CHOICES))],
  ['view', oneOfParam(['chart', 'table']), optional(z.enum(['chart', 'table']))],
  ['date', isoDateParam, optional(z.iso.date())],
  ['trimmed text', trimmedTextParam(200), optional(z.string().check(z.trim(), z.maxLength(200)))],
  ['text list', textListParam, optional(z.array(z.string()))],
  ['page', wholeNumberParam(1), optional(z.coerce.number().check(z.int(), z.minimum(1)))],
  ['before', wholeNumberParam(1), optional(z.coerce.number().check(z.int(), z.positive()))],
];

describe('each address reader reads what its zod schema read', () => {
  it.each(PAIRS)('%s', (_name, param, schema) => {
    for (const raw of RAW_VALUES) {
      expect({ raw, read: param(raw) }).toStrictEqual({ raw, read: schema.parse(raw) });
    }
  });
});

describe('a schema of parameters reads a query as zod objects did', () => {
  const ours = searchSchema({ a: textParam, b: ragStatusParam });
  const theirs = z.object({ a: optional(z.string()), b: optional(z.enum(RAG_STATUSES)) });

  it.each(['', '?a=x', '?a=x&b=red', '?b=purple', '?a=3&other=1', '?c=1'])(
    'keeps what it knows, leaves out what is absent and drops the rest: %s',
    (query) => {
      expect(ours.parse(parseSearch(query))).toStrictEqual(theirs.parse(parseSearch(query)));
    },
  );

  it('refuses something that is not a query at all', () => {
    for (const input of [null, 'a=1', ['a']]) {
      expect(() => theirs.parse(input)).toThrow();
      expect(() => ours.parse(input)).toThrow();
    }
  });
});
