import { Link, useHere } from '@/ui/navigation';
import type { ReactNode } from 'react';

/** A sentence with a "sign in" link that brings the person back here afterwards. */
export function SignInPrompt({ children, role }: { children: ReactNode; role?: 'alert' }) {
  const here = useHere();
  return (
    <p className={`notice ${role === 'alert' ? 'notice--error' : 'notice--info'}`} role={role}>
      {children}{' '}
      <Link to="/sign-in" search={{ from: here }}>
        Sign in to record a figure
      </Link>
      .
    </p>
  );
}
