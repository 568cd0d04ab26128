/**
 * One token set for the stylesheets: every media query width is a breakpoint from breakpoints.ts
 * (which the TypeScript side reads too), and every font-size is one of the type-scale tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS, mediaQuery } from './breakpoints';

const srcDir = join(__dirname, '..', '..');

function stylesheets(): { file: string; text: string }[] {
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => ({
      file: relative(srcDir, join(srcDir, file)),
      // Comments may mention widths and sizes in passing; only declarations count.
      text: readFileSync(join(srcDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''),
    }));
}

const tokenDefinitions = readFileSync(join(__dirname, 'global.css'), 'utf8');

describe('style tokens', () => {
  it('finds the stylesheets it checks', () => {
    expect(stylesheets().map((sheet) => sheet.file)).toContain('ui/styles/global.css');
  });

  it('uses only the shared breakpoints in media queries', () => {
    const allowed = new Set<string>(Object.values(BREAKPOINTS));
    const strays: string[] = [];
    for (const { file, text } of stylesheets()) {
      for (const query of text.matchAll(/@media[^{]*/g)) {
        for (const width of query[0].matchAll(/(?:max|min)-width:\s*([^)\s]+)/g)) {
          if (!allowed.has(width[1] ?? '')) strays.push(`${file}: ${query[0].trim()}`);
        }
      }
    }
    expect(strays).toEqual([]);
  });

  it('sets every font size from a type-scale token defined in global.css', () => {
    const strays: string[] = [];
    for (const { file, text } of stylesheets()) {
      for (const declaration of text.matchAll(/(?<![\w-])font-size:\s*([^;}]+)/g)) {
        const value = (declaration[1] ?? '').trim();
        const token = /^var\((--font-size-[\w-]+)\)$/.exec(value)?.[1];
        if (!token || !tokenDefinitions.includes(`${token}:`)) strays.push(`${file}: ${value}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('writes the media query the stylesheets use', () => {
    expect(mediaQuery('narrow')).toBe('(max-width: 40rem)');
  });
});
