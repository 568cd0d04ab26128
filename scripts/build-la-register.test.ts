import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { buildRegister, registerJson } from './lib/la-register';

const DIR = resolve(import.meta.dirname, '../../shared/real-files');
const haveFiles = existsSync(DIR);

test.skipIf(!haveFiles)(
  'the committed register is what `npm run data:register` builds from the real files (skipped without ../shared)',
  () => {
    const committed = readFileSync(
      resolve(import.meta.dirname, '../src/data/reference/english-local-authorities.json'),
      'utf8',
    );
    expect(registerJson(buildRegister(DIR))).toBe(committed);
  },
);
