import { useSignOut } from '@/data/api/session-mutations';

/** The header's "Sign out", with the reason beside it when signing out fails. */
export function SignOutButton() {
  const signOut = useSignOut();
  return (
    <>
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
    </>
  );
}
