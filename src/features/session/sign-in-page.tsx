import { useNavigate, useRouteSearch } from '@/ui/navigation';
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { signInRequestSchema } from '@/data/api/contract';
import { useSignIn } from '@/data/api/session-mutations';
import { FieldError } from '@/ui/field-error';
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
  const [errors, setErrors] = useState<Errors>({});
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const show = (found: Errors) => {
    setErrors(found);
    // Move focus to the message so keyboard and screen-reader users hear what went wrong.
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

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

  const describedBy = (field: Field) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <section aria-labelledby={`${id}-title`} className="page sign-in">
      <h1 id={`${id}-title`}>Sign in</h1>
      <p>Sign in to record figures for the indicators your council has given you.</p>
      <form noValidate onSubmit={submit} className="sign-in__form">
        {errors.form ? (
          <p ref={summaryRef} tabIndex={-1} className="notice notice--error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <div className={`field${errors.email ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-email`}>Email address</label>
          <FieldError id={`${id}-email-error`} message={errors.email} />
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy('email')}
          />
        </div>
        <div className={`field${errors.password ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-password`}>Password</label>
          <FieldError id={`${id}-password-error`} message={errors.password} />
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy('password')}
          />
        </div>
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </section>
  );
}
