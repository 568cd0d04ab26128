import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, useHere, usePathname } from '@/ui/navigation';
import { meQuery } from '@/data/api/session';
import { transportKind } from '@/data/api/client';
import './session.css';
import { isAdministrator } from '@/domain/roles';

/** Signing out brings the mutation code, so it loads only for someone signed in (ADR 0087). */
const SignOutButton = lazy(() =>
  import('./sign-out-button').then((module) => ({ default: module.SignOutButton })),
);

/**
 * The header's "Sign in", or "Signed in as <name> · Sign out". Nothing in the static publication,
 * which has no accounts, and nothing while the answer is not known (no flash of "Sign in").
 */
export function SessionLinks() {
  const isStatic = transportKind() === 'static';
  const me = useQuery({ ...meQuery(), enabled: !isStatic });
  const pathname = usePathname();
  const here = useHere();
  if (isStatic || !me.data) return null;
  const user = me.data.user;
  if (!user) {
    if (pathname === '/sign-in') return null;
    return (
      <p className="session-links">
        <Link to="/sign-in" search={{ from: here }}>
          Sign in
        </Link>
      </p>
    );
  }
  return (
    <p className="session-links">
      <span>Signed in as {user.name}</span>
      <span aria-hidden="true"> · </span>
      <Link to="/returns">My returns</Link>
      <span aria-hidden="true"> · </span>
      {isAdministrator(user) ? (
        <>
          <Link to="/admin" className="session-links__admin">
            Administration
          </Link>
          <span aria-hidden="true"> · </span>
        </>
      ) : null}
      <Suspense fallback={null}>
        <SignOutButton />
      </Suspense>
    </p>
  );
}
