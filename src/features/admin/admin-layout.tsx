import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useHere } from '@/ui/navigation';
import { meQuery } from '@/data/api/session';
import { transportKind } from '@/data/api/client';
import { isAdministrator } from '@/domain/roles';
import { PageHeader } from '@/ui/page-header';
import { SkeletonLines } from '@/ui/query-state';
import { usePageTitle } from '@/ui/use-page-title';
import './admin.css';

const SECTIONS = [
  { to: '/admin/people', label: 'People and roles' },
  { to: '/admin/indicators', label: 'Targets and due dates' },
  { to: '/admin/audit', label: 'Audit log' },
  { to: '/admin/settings', label: 'Settings' },
] as const;

/** Why this page is not for you, as a page of its own (the API says 401/403 all the same). */
function Refusal({ signedIn }: { signedIn: boolean }) {
  usePageTitle('You need to be an administrator');
  const here = useHere();
  return (
    <section className="page" aria-labelledby="admin-refusal">
      <h1 id="admin-refusal">You need to be an administrator</h1>
      <p>
        Administration (people and their roles, targets, due dates, the audit log and settings) is
        only for your council’s Ragstone administrators.
      </p>
      {signedIn ? (
        <p>
          Your account does not have the administrator role. If you need it, ask one of your
          council’s administrators to grant it.
        </p>
      ) : (
        <p>
          If you are an administrator,{' '}
          <Link to="/sign-in" search={{ from: here }}>
            sign in
          </Link>{' '}
          first.
        </p>
      )}
      <p>
        <Link to="/">Back to the overview</Link>
      </p>
    </section>
  );
}

/** The frame of every /admin page: who may see it, and the sections beside each other. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const isStatic = transportKind() === 'static';
  const me = useQuery({ ...meQuery(), enabled: !isStatic });
  if (isStatic) {
    return (
      <section className="page" aria-labelledby="admin-static">
        <h1 id="admin-static">Administration</h1>
        <p>This copy of Ragstone is a static publication: it has no accounts to administer.</p>
      </section>
    );
  }
  if (me.isPending) return <SkeletonLines lines={3} />;
  const user = me.data?.user ?? null;
  if (!isAdministrator(user)) return <Refusal signedIn={user !== null} />;
  return (
    <div className="page admin">
      <PageHeader
        title="Administration"
        lead="People and their roles, targets and due dates, the audit log and settings."
      />
      <nav aria-label="Administration" className="admin-nav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <Link to={section.to} activeOptions={{ includeSearch: false }}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
