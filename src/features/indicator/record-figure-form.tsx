import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { meQuery } from '@/data/api/session';
import { SignInPrompt } from '@/ui/sign-in-prompt';
import type { RecordFigureFormProps } from './figure-form';

// The form and its save (the mutation) are only for a signed-in person on the server: their code
// loads then, never in the first view of a reader's page (ADR 0087).
const FigureForm = lazy(() =>
  import('./figure-form').then((module) => ({ default: module.FigureForm })),
);

/** A small form for recording a period's actual, target or floor between publications. */
export function RecordFigureForm(props: RecordFigureFormProps) {
  const id = useId();
  // The server decides per indicator (403 explains a refusal); the page only needs to know whether
  // anyone is signed in, since a signed-out person can never write.
  const me = useQuery({ ...meQuery(), enabled: props.isWritable });
  return (
    <section aria-labelledby={`${id}-heading`} className="indicator-section record-figure">
      <h2 id={`${id}-heading`}>Record a figure</h2>
      {!props.isWritable ? (
        <p className="notice notice--info">
          This copy of Ragstone is a static publication, so figures cannot be recorded here.
          Recording needs the Ragstone API (run the app with its services, or point it at a server
          with VITE_API_URL).
        </p>
      ) : me.isPending ? (
        <p className="record-figure__status">Checking who is signed in…</p>
      ) : me.isError ? (
        <p className="notice notice--error">{me.error.message}</p>
      ) : me.data.user === null ? (
        <SignInPrompt>Recording a figure needs a signed-in person with a role for it.</SignInPrompt>
      ) : (
        <Suspense fallback={null}>
          <FigureForm {...props} />
        </Suspense>
      )}
    </section>
  );
}
