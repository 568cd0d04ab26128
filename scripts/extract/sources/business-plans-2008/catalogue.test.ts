// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hasSeeds, seedOpener, SEEDS_NOTE } from '@test/seeds';
import { findMentions } from './catalogue';
import { PLANS_DOCUMENT, planSections } from './units';

describe.skipIf(!hasSeeds)(`the Towards 2010 targets each plan names${SEEDS_NOTE}`, () => {
  let mentions: ReturnType<typeof findMentions>;
  beforeAll(() => {
    const document = seedOpener()(PLANS_DOCUMENT);
    mentions = findMentions(document, planSections(document.lines.length));
  });
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
