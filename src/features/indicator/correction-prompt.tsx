import { useId, useState, type SyntheticEvent } from 'react';
import type { ConflictErrorBody } from '@/data/api/contract';
import { formatChangedAt } from '@/lib/format-time';

interface CorrectionPromptProps {
  conflict: ConflictErrorBody;
  /** How the values read: formatted for the indicator's unit. */
  format: (value: number | null) => string;
  isSaving: boolean;
  onReplace: (reason: string) => void;
  onKeep: () => void;
}

/**
 * A 409: the figure already has a value, or someone changed it meanwhile. Both values are shown and
 * nothing is replaced until the person confirms with a reason, which the history keeps.
 */
export function CorrectionPrompt({
  conflict,
  format,
  isSaving,
  onReplace,
  onKeep,
}: CorrectionPromptProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { current, proposed } = conflict;
  const last = current.lastChange;

  const confirm = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onReplace(reason.trim());
  };

  return (
    <form
      className="correction-prompt"
      noValidate
      onSubmit={confirm}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} role="alert">
        {conflict.error}
      </h3>
      <dl className="correction-prompt__values">
        <div>
          <dt>Stored now</dt>
          <dd>
            {format(current.value)}
            {last ? (
              <span className="muted">
                {' '}
                ({last.actor.name}, {formatChangedAt(last.at)})
              </span>
            ) : (
              <span className="muted"> (from the published papers)</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Yours</dt>
          <dd>{format(proposed.value)}</dd>
        </div>
      </dl>
      <div className={`field${missing ? ' field--error' : ''}`}>
        <label htmlFor={`${id}-reason`}>Reason for the correction</label>
        {missing ? (
          <p className="field__error" id={`${id}-reason-error`}>
            <span className="visually-hidden">Error: </span>Say why the figure is being corrected.
          </p>
        ) : null}
        <input
          id={`${id}-reason`}
          type="text"
          autoComplete="off"
          maxLength={1000}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
          }}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-reason-error` : undefined}
        />
      </div>
      <div className="correction-prompt__actions">
        <button type="submit" className="button" disabled={isSaving}>
          {isSaving ? 'Saving…' : `Replace ${format(current.value)} with ${format(proposed.value)}`}
        </button>
        <button type="button" className="button button--secondary" onClick={onKeep}>
          Keep {format(current.value)}
        </button>
      </div>
    </form>
  );
}
