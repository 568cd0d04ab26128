import { describe, expect, it } from 'vitest';
import { signInSearchSchema } from './return-to';

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
