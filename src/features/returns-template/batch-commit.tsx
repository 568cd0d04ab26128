import type { ReturnBatch } from '@/data/api/returns-batch-contract';
import { BATCH_MODE_LABELS, BATCH_MODES, type BatchMode } from '@/domain/returns-template';
import { commitButtonText, commitLegend, committedSummary } from './template-import-words';

interface BatchCommitProps {
  /** The form's id prefix, naming the radio group. */
  id: string;
  /** How many rows are ready to import. */
  ready: number;
  mode: BatchMode;
  onMode: (mode: BatchMode) => void;
  busy: boolean;
  onCommit: () => void;
}

/** Drafts or submitted, then import the ready rows as one batch. */
export function BatchCommit({ id, ready, mode, onMode, busy, onCommit }: BatchCommitProps) {
  return (
    <fieldset className="returns-template__commit">
      <legend>{commitLegend(ready)}</legend>
      {BATCH_MODES.map((option) => (
        <label key={option} className="returns-template__mode">
          <input
            type="radio"
            name={`${id}-mode`}
            value={option}
            checked={mode === option}
            onChange={() => {
              onMode(option);
            }}
          />{' '}
          {BATCH_MODE_LABELS[option]}
        </label>
      ))}
      <button type="button" className="button" disabled={ready === 0 || busy} onClick={onCommit}>
        {commitButtonText(ready)}
      </button>
    </fieldset>
  );
}

interface CommittedBatchProps {
  batch: ReturnBatch;
  undone: boolean;
  busy: boolean;
  onUndo: () => void;
}

/** What the batch wrote, and the one action that undoes all of it. */
export function CommittedBatch({ batch, undone, busy, onUndo }: CommittedBatchProps) {
  return (
    <div className="notice notice--info" role="status">
      <p>{committedSummary(batch)}</p>
      {undone ? (
        <p>Undone: every figure and definition the batch wrote is back as it was.</p>
      ) : (
        <button type="button" className="button button--secondary" disabled={busy} onClick={onUndo}>
          Undo this import
        </button>
      )}
    </div>
  );
}
