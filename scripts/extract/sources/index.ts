import type { ExtractSource } from '../lib/source';
import { dashboard2012 } from './dashboard-2012';
import { kentAgreement2007 } from './kent-agreement-2007';
import { supportingIndependence2008 } from './supporting-independence-2008';
import { areasSource } from './areas';
import { comparisons2008Source } from './comparisons-2008';
import { comparisons2012Source } from './comparisons-2012';
import { cpa2007Source } from './cpa-2007';
import { businessPlans2008Source, organisation2008Source } from './business-plans-2008';
import { reviewedTablesSource } from './reviewed-tables';

/** Every extractor, one bundle file each. Add new ones here. */
export const sources: ExtractSource[] = [
  dashboard2012,
  kentAgreement2007,
  supportingIndependence2008,
  areasSource,
  comparisons2008Source,
  comparisons2012Source,
  cpa2007Source,
  organisation2008Source,
  businessPlans2008Source,
  reviewedTablesSource,
];
