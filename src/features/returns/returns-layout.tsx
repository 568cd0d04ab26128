import type { ReactNode } from 'react';
import { PageHeader } from '@/ui/page-header';
import { usePageTitle } from '@/ui/use-page-title';
import { ReturnsGate } from './returns-gate';
import { ReturnsNav } from './returns-nav';
import type { ReturnsSearch } from './returns-search';
import './returns.css';

interface ReturnsLayoutProps {
  /** The page's heading and, with the site's name, its title. */
  title: string;
  lead: string;
  search: ReturnsSearch;
  /** The list, shown only to a signed-in person on a Ragstone server. */
  children: ReactNode;
}

/** What the returns pages share: heading, the gate that needs a server and a person, the tabs. */
export function ReturnsLayout({ title, lead, search, children }: ReturnsLayoutProps) {
  usePageTitle(title);
  return (
    <div className="returns-page">
      <PageHeader title={title} lead={lead} />
      <ReturnsGate>
        <ReturnsNav search={search} />
        {children}
      </ReturnsGate>
    </div>
  );
}
