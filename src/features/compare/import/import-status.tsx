import type { ImportMessageState, ImportProgressState } from './use-benchmark-import';

/** The step under way and how far it has got, as a labelled progress bar. */
export function ImportProgress({ id, progress }: { id: string; progress: ImportProgressState }) {
  return (
    <div className="field">
      <label htmlFor={id}>{progress.label}</label>
      <progress id={id} max={1} value={progress.share} />
    </div>
  );
}

/** The import's outcome: an error announced at once, a success read out politely. */
export function ImportMessage({ message }: { message: ImportMessageState }) {
  return (
    <p
      className={`notice ${message.isError ? 'notice--error' : 'notice--success'}`}
      role={message.isError ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  );
}
