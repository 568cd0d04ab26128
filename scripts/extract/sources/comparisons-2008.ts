/**
 * Comparison tables in the 2008/09 unit business plans (Cabinet, 14 April 2008): Kent against
 * other authorities, statistical neighbours, benchmarking clubs, regional and national figures.
 */
import type { ExtractSource } from '../lib/source';
import { adultSocialServices } from './comparisons/adult-social-services';
import { ComparisonBuilder } from './comparisons/builder';
import { chiefExecutives } from './comparisons/chief-executives';
import { childrenFamiliesEducation } from './comparisons/children-families-education';
import { communities } from './comparisons/communities';
import { deprivation } from './comparisons/deprivation';
import { environmentRegeneration } from './comparisons/environment-regeneration';

export const BUSINESS_PLANS_2008 = '001_23223e66fe6ffd0f.txt';

export const comparisons2008Source: ExtractSource = {
  file: 'comparisons-2008.json',
  extract(open) {
    const b = new ComparisonBuilder(open(BUSINESS_PLANS_2008));
    adultSocialServices(b);
    deprivation(b);
    childrenFamiliesEducation(b);
    chiefExecutives(b);
    communities(b);
    environmentRegeneration(b);
    return b.bundle(
      'Comparison tables from the 2008/09 unit business plans: Kent against named authorities, statistical neighbours, benchmarking clubs, regional and national figures.',
    );
  },
};
