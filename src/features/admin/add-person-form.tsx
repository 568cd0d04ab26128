import { useId, useState, type SyntheticEvent } from 'react';
import { useAddPerson } from '@/data/api/admin';
import { createPersonRequestSchema, type RoleGrantBody } from '@/data/api/contract';
import type { Structure } from '@/data/contract/dataset-schema';
import { passwordProblem } from '@/domain/password-rules';
import { formText } from '@/lib/form-text';
import { ErrorNotice, SavedNotice, useErrorSummary } from '@/ui/form-notices';
import { TextField } from '@/ui/text-field';
import { GrantsEditor } from './grants-editor';

type Field = 'email' | 'name' | 'password';
type Errors = Partial<Record<Field | 'form', string>>;
const isField = (name: unknown): name is Field =>
  name === 'email' || name === 'name' || name === 'password';

/**
 * A new account: with an initial password the person changes nothing else to sign in; without
 * one they can only sign in through the council's single sign-on proxy (docs/authentication.md).
 */
export function AddPersonForm({ structures }: { structures: readonly Structure[] }) {
  const id = useId();
  const add = useAddPerson();
  const [signIn, setSignIn] = useState<'password' | 'proxy'>('password');
  const [grants, setGrants] = useState<RoleGrantBody[]>([{ role: 'viewer' }]);
  const { errors, setErrors, show, summaryRef } = useErrorSummary<Errors>();
  const [added, setAdded] = useState<string | null>(null);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const password = signIn === 'password' ? formText(data, 'password') : undefined;
    const parsed = createPersonRequestSchema.safeParse({
      email: formText(data, 'email').trim(),
      name: data.get('name'),
      password,
      grants,
    });
    const found: Errors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (isField(field)) found[field] ??= issue.message;
      }
    }
    const weak = password === undefined ? null : passwordProblem(password);
    if (weak) found.password ??= weak;
    if (!parsed.success || Object.keys(found).length > 0) {
      show({ form: 'Check the fields marked below.', ...found });
      return;
    }
    setErrors({});
    add.mutate(parsed.data, {
      onSuccess: (person) => {
        setAdded(
          `${person.name} (${person.email}) can now ${signIn === 'password' ? 'sign in with the password you set' : 'sign in through single sign-on'}.`,
        );
        form.reset();
        setGrants([{ role: 'viewer' }]);
      },
      onError: (error) => {
        const message = error.message.replace(/^Could not save the new person: /, '');
        show(
          isField(error.field)
            ? { form: 'Check the fields marked below.', [error.field]: message }
            : { form: message },
        );
      },
    });
  };

  const input = (field: Field, label: string, type: string, autoComplete: string) => (
    <TextField
      id={`${id}-${field}`}
      label={label}
      error={errors[field]}
      input={{ name: field, type, autoComplete, spellCheck: false }}
    />
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="admin-section">
      <h2 id={`${id}-heading`}>Add a person</h2>
      <SavedNotice message={added} />
      <form noValidate onSubmit={submit} className="admin-form">
        <ErrorNotice ref={summaryRef} message={errors.form} />
        {input('name', 'Name', 'text', 'off')}
        {input('email', 'Email address', 'email', 'off')}
        <fieldset>
          <legend>How they sign in</legend>
          <div className="radio">
            <input
              type="radio"
              id={`${id}-with-password`}
              name="signs-in"
              checked={signIn === 'password'}
              onChange={() => {
                setSignIn('password');
              }}
            />
            <label htmlFor={`${id}-with-password`}>With an initial password you give them</label>
          </div>
          <div className="radio">
            <input
              type="radio"
              id={`${id}-with-proxy`}
              name="signs-in"
              checked={signIn === 'proxy'}
              onChange={() => {
                setSignIn('proxy');
              }}
            />
            <label htmlFor={`${id}-with-proxy`}>
              Only through the council’s single sign-on (no password)
            </label>
          </div>
        </fieldset>
        {signIn === 'password'
          ? input(
              'password',
              'Initial password (at least 12 characters)',
              'password',
              'new-password',
            )
          : null}
        <GrantsEditor grants={grants} onChange={setGrants} structures={structures} />
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add person'}
        </button>
      </form>
    </section>
  );
}
