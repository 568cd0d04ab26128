import { useQuery } from '@tanstack/react-query';
import { Link, useHere, usePathname } from '@/ui/navigation';
import { meQuery, useSignOut } from '@/data/api/session';
import { getApiClient } from '@/data/api/transport';
import './session.css';
import { isAdministrator } from '@/domain/roles';

/**
 * The header's "Sign in", or "Signed in as <name> · Sign out". Nothing in the static publication,
 * which has no accounts, and nothing while the answer is not known (no flash of "Sign in").
 */
export function SessionLinks() {
  const isStatic = getApiClient().transport === 'static';
  const me = useQuery({ ...meQuery(), enabled: !isStatic });
  const signOut = useSignOut();
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
      <button
        type="button"
        className="session-links__sign-out"
        disabled={signOut.isPending}
        onClick={() => {
          signOut.mutate();
        }}
      >
        Sign out
      </button>
      {signOut.isError ? (
        <span role="alert" className="session-links__error">
          {' '}
          {signOut.error.message}
        </span>
      ) : null}
    </p>
  );
}
