import { Link } from '@/ui/navigation';
import type { ReactNode } from 'react';
import type { Section } from './indicator-sections';

function Term({ id, children }: { id: string; children: string }) {
  return (
    <Link to="/help" hash={id}>
      {children}
    </Link>
  );
}

/** Each table's title and lead; the terms in the lead link to the glossary. */
export const sectionTitles: Record<Section, { title: string; lead: ReactNode }> = {
  'in-year': {
    title: 'Monthly and quarterly performance indicators',
    lead: (
      <>
        Rated against the <Term id="target">target</Term> and <Term id="floor">floor standard</Term>{' '}
        each month or quarter, and for the <Term id="ytd">year to date</Term>; arrows show the{' '}
        <Term id="direction-of-travel">direction of travel</Term>.
      </>
    ),
  },
  annual: {
    title: 'Annual performance indicators',
    lead: (
      <>
        Reported once a year; during the year the <Term id="forecast">forecast</Term> is rated
        against the year-end target.
      </>
    ),
  },
  activity: {
    title: 'Activity indicators',
    lead: 'External demand, compared with the level expected when the business plan was set. No status is given.',
  },
};
