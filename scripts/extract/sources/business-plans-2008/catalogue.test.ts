// @vitest-environment node
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSeed } from '../../lib/seed';
import { findMentions } from './catalogue';
import { PLANS_DOCUMENT, planSections } from './units';

const seeds = resolve(__dirname, '../../../../../shared/seeds');

describe.skipIf(!existsSync(seeds))('the Towards 2010 targets each plan names', () => {
  const document = openSeed(seeds, PLANS_DOCUMENT);
  const mentions = findMentions(document, planSections(document.lines.length));
  const on = (line: number) => mentions.filter((m) => m.line === line && m.framework === 'T2010');

  it('reads rows that continue a "Towards 2010" table with the first cell blank', () => {
    // 'Towards 2010 | Target 27 – … (Lead on this target).' then '| Target 9 – … (Support for this target).'
    expect(on(24732)).toMatchObject([{ code: '27', role: 'lead', nodeId: 'turner-contemporary' }]);
    expect(on(24736)).toMatchObject([
      {
        code: '9',
        role: 'support',
        nodeId: 'turner-contemporary',
        title:
          'Working towards reducing welfare dependency through supporting Independence Programme',
        officers: 'Susan Sheddan',
      },
    ]);
    // Kent Highway Services names officers but states no role.
    expect(on(25694)).toEqual([expect.objectContaining({ code: '32', officers: 'C Bruce' })]);
    expect(on(25694)[0]).not.toHaveProperty('role');
  });
});
