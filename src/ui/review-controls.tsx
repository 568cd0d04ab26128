import { useId, useState, type SyntheticEvent } from 'react';
import { FieldError } from './field-error';
import './review-controls.css';

interface ReviewControlsProps {
  /** Names the return in the buttons' accessible names, e.g. "Library visits, May 2012". */
  what: string;
  isPending: boolean;
  onApprove: () => void;
  onReturn: (reason: string) => void;
  /** The service's refusal, e.g. "Someone other than the person who submitted…". */
  error: string | null;
}

/** An approver's two choices for a submitted figure: approve (publish) or return with a reason. */
export function ReviewControls({
  what,
  isPending,
  onApprove,
  onReturn,
  error,
}: ReviewControlsProps) {
  const id = useId();
  const [reasonError, setReasonError] = useState<string | null>(null);
  const sendBack = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = new FormData(event.currentTarget).get('reason');
    const text = typeof reason === 'string' ? reason.trim() : '';
    if (text === '') {
      setReasonError('Say why the figure is being returned, so the contributor can correct it.');
      return;
    }
    setReasonError(null);
    onReturn(text);
  };
  return (
    <div className="review-controls">
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={isPending}
        aria-label={`Approve and publish: ${what}`}
        onClick={onApprove}
      >
        Approve and publish
      </button>
      <form noValidate onSubmit={sendBack} className="review-controls__return">
        <div className={`field${reasonError ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-reason`}>Reason for returning it</label>
          <FieldError id={`${id}-reason-error`} message={reasonError ?? undefined} />
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            maxLength={2000}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          />
        </div>
        <button
          type="submit"
          className="button button--secondary"
          disabled={isPending}
          aria-label={`Return with reason: ${what}`}
        >
          Return with reason
        </button>
      </form>
    </div>
  );
}
