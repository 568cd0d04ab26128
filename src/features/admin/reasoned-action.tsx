import { useId, useState } from 'react';

interface ReasonedActionProps {
  /** The button's words, e.g. "Disable". */
  label: string;
  /** Who it is about, for the accessible names. */
  personName: string;
  pending: boolean;
  onConfirm: (reason: string) => void;
}

/**
 * A button that asks why before acting: the reason is required and goes to the audit log, so an
 * account is never disabled or signed out with an empty reason.
 */
export function ReasonedAction({ label, personName, pending, onConfirm }: ReasonedActionProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={`${label}: ${personName}`}
        disabled={pending}
        onClick={() => {
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <form
      className="admin-form"
      aria-label={`${label}: ${personName}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() === '') {
          setMissing(true);
          return;
        }
        onConfirm(reason.trim());
        setAsking(false);
        setReason('');
        setMissing(false);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason (required, kept in the audit log)</label>
        {missing ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            Say why, for the audit log.
          </p>
        ) : null}
        <input
          id={`${id}-reason`}
          required
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
          }}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {label}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setAsking(false);
            setMissing(false);
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
