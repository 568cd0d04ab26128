import { useRef, useState, type Ref } from 'react';

/**
 * Why a form was refused, announced at once (role="alert"). With a `ref` it takes focus too (see
 * `useErrorSummary`), so keyboard and screen-reader users land on it.
 */
export function ErrorNotice({
  message,
  ref,
}: {
  message: string | null | undefined;
  ref?: Ref<HTMLParagraphElement>;
}) {
  return message ? (
    <p ref={ref} tabIndex={ref ? -1 : undefined} className="notice notice--error" role="alert">
      {message}
    </p>
  ) : null;
}

/** What a form has just done ('Saved: …'), read out politely (role="status"). */
export function SavedNotice({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="notice notice--info" role="status">
      {message}
    </p>
  ) : null;
}

/** A form's error, then what it has saved: the pair at the head of most forms. */
export function FormNotices({
  error,
  saved,
}: {
  error: string | null | undefined;
  saved: string | null | undefined;
}) {
  return (
    <>
      <ErrorNotice message={error} />
      <SavedNotice message={saved} />
    </>
  );
}

/**
 * A form's errors by field, with `show` that sets them and moves focus to the summary (an
 * `ErrorNotice` given `summaryRef`), so the person hears what went wrong without hunting for it.
 */
export function useErrorSummary<Errors extends object>() {
  const [errors, setErrors] = useState<Partial<Errors>>({});
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const show = (found: Partial<Errors>) => {
    setErrors(found);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  return { errors, setErrors, show, summaryRef };
}
