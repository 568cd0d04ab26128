import { useNavigate, useRouteSearch } from '@/ui/navigation';
import { useId, type SyntheticEvent } from 'react';
import { signInRequestSchema } from '@/data/api/contract';
import { useSignIn } from '@/data/api/session-mutations';
import { ErrorNotice, useErrorSummary } from '@/ui/form-notices';
import { TextField } from '@/ui/text-field';
import { usePageTitle } from '@/ui/use-page-title';
import { signInSearchSchema } from './return-to';
import './session.css';

type Field = 'email' | 'password';
type Errors = Partial<Record<Field | 'form', string>>;

const isField = (name: unknown): name is Field => name === 'email' || name === 'password';

/** Email and password; on success back to the page the person came from (`?from=`). */
export function SignInPage() {
  usePageTitle('Sign in');
  const id = useId();
  const { from } = useRouteSearch(signInSearchSchema);
  const navigate = useNavigate();
  const signIn = useSignIn();
  // `show` moves focus to the message so keyboard and screen-reader users hear what went wrong.
  const { errors, setErrors, show, summaryRef } = useErrorSummary<Errors>();

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInRequestSchema.safeParse({
      email: data.get('email'),
      password: data.get('password'),
    });
    if (!parsed.success) {
      const found: Errors = { form: 'Check the fields marked below.' };
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (isField(field)) found[field] ??= issue.message;
      }
      show(found);
      return;
    }
    setErrors({});
    signIn.mutate(parsed.data, {
      onSuccess: () => {
        navigate({ href: from ?? '/' });
      },
      onError: (error) => {
        const message = error.message.replace(/^Could not save your sign-in: /, '');
        if (error.status === 422 && isField(error.field)) {
          show({ form: 'Check the fields marked below.', [error.field]: message });
        } else if (error.status === 429) {
          show({ form: `Sign-in is slowed after repeated attempts. ${message}` });
        } else {
          show({ form: message });
        }
      },
    });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="page sign-in">
      <h1 id={`${id}-title`}>Sign in</h1>
      <p>Sign in to record figures for the indicators your council has given you.</p>
      <form noValidate onSubmit={submit} className="sign-in__form">
        <ErrorNotice ref={summaryRef} message={errors.form} />
        <TextField
          id={`${id}-email`}
          label="Email address"
          error={errors.email}
          input={{ name: 'email', type: 'email', autoComplete: 'username', spellCheck: false }}
        />
        <TextField
          id={`${id}-password`}
          label="Password"
          error={errors.password}
          input={{ name: 'password', type: 'password', autoComplete: 'current-password' }}
        />
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
