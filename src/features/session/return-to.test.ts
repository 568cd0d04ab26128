import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseSearch } from '@/ui/navigation';
import { returnToParam, signInSearchSchema } from './return-to';

describe('where signing in returns to', () => {
  const from = (value: string) => signInSearchSchema.parse({ from: value }).from;

  it('returns to a page on this site', () => {
    expect(from('/dashboard?status=red')).toBe('/dashboard?status=red');
  });

  it('never sends anyone to another site', () => {
    expect(from('//evil.example')).toBe('/');
    expect(from('https://evil.example/')).toBe('/');
    expect(from('/\\evil.example')).toBe('/');
  });
});

it('reads the address as the zod schema it replaced did (ADR 0090)', () => {
  const replaced = z.object({
    from: z.optional(z.catch(z.string().check(z.regex(/^\/(?![/\\])[^\\]*$/)), '/')),
  });
  for (const query of [
    '',
    '?from=/dashboard?status=red',
    '?from=//evil.example',
    '?from=https://evil.example/',
    '?from=/%5Cevil.example',
    '?from=3',
    '?from=["/a"]',
    '?from=',
  ]) {
    expect(signInSearchSchema.parse(parseSearch(query))).toStrictEqual(
      replaced.parse(parseSearch(query)),
    );
  }
  expect(returnToParam(undefined)).toBeUndefined();
});
