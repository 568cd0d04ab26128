/**
 * The Annual Unit Business Plans 2008/09 (Cabinet, 14 April 2008; seed 001): the organisation
 * as the plans lay it out, every performance and activity table row that carries a figure,
 * and the National Indicators and Towards 2010 targets each plan leads, supports or lists.
 */
import type { ExtractSource } from '../lib/source';
import type { SeedDocument } from '../lib/seed';
import { buildBusinessPlans } from './business-plans-2008/build';
import { kccAreas } from './business-plans-2008/composites';
import { organisation2008 } from './business-plans-2008/organisation';
import { PLANS_DOCUMENT } from './business-plans-2008/units';

export const organisation2008Source: ExtractSource = {
  file: 'organisation-2008.json',
  extract: (open) => ({
    description:
      'Kent County Council as the 2008/09 Annual Unit Business Plans lay it out (Cabinet, 14 April 2008): five directorates, their business unit plans, and the one division that groups plans.',
    structures: [organisation2008(open(PLANS_DOCUMENT))],
  }),
};

const cache = new WeakMap<SeedDocument, ReturnType<typeof buildBusinessPlans>>();
export function businessPlans2008(document: SeedDocument): ReturnType<typeof buildBusinessPlans> {
  const cached = cache.get(document);
  if (cached) return cached;
  const built = buildBusinessPlans(document);
  cache.set(document, built);
  return built;
}

export const businessPlans2008Source: ExtractSource = {
  file: 'business-plans-2008.json',
  extract: (open) => {
    const { indicators, observations, notes } = businessPlans2008(open(PLANS_DOCUMENT));
    return {
      description:
        'Key performance indicators and activity levels from the 2008/09 Annual Unit Business Plans (Cabinet, 14 April 2008), with the National Indicators and Towards 2010 targets each unit leads, supports or lists.',
      areas: kccAreas,
      indicators,
      observations,
      notes,
    };
  },
};
