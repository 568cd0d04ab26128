import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldError } from './field-error';

interface TextFieldProps {
  /** The input's id; the hint and the error take it with '-hint' and '-error' after it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  /** Across the form's whole width, for free text such as a reason. */
  wide?: boolean;
  input?: InputHTMLAttributes<HTMLInputElement>;
  textarea?: TextareaHTMLAttributes<HTMLTextAreaElement>;
}

/**
 * A labelled text input (or textarea) with its hint and its error, the error before the input and
 * both named by its aria-describedby, so a screen reader hears why it was refused.
 */
export function TextField({ id, label, hint, error, rows, wide, input, textarea }: TextFieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
      .filter(Boolean)
      .join(' ') || undefined;
  const shared = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={`field${wide ? ' field--wide' : ''}${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      {rows === undefined ? (
        <input type="text" autoComplete="off" {...input} {...shared} />
      ) : (
        <textarea rows={rows} maxLength={4000} {...textarea} {...shared} />
      )}
    </div>
  );
}
