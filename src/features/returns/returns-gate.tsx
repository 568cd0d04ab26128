import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { meQuery } from '@/data/api/session';
import { transportKind } from '@/data/api/client';
import { SignInPrompt } from '@/ui/sign-in-prompt';

/** Returns exist only on a Ragstone server, for signed-in people: say so instead of failing. */
export function ReturnsGate({ children }: { children: ReactNode }) {
  const isStatic = transportKind() === 'static';
  const me = useQuery({ ...meQuery(), enabled: !isStatic });
  if (isStatic) {
    return (
      <p className="notice notice--info">
        This copy of Ragstone is a static publication of approved figures, so it has no returns to
        enter or approve.
      </p>
    );
  }
  if (me.isPending) return <p>Checking who is signed in…</p>;
  if (me.isError) {
    return (
      <p className="notice notice--error" role="alert">
        {me.error.message}
      </p>
    );
  }
  if (!me.data.user) {
    return <SignInPrompt>Returns are for contributors and approvers.</SignInPrompt>;
  }
  return children;
}
