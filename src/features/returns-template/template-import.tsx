/**
 * "Import a filled template": read the file in a worker, ask the server to check the rows it
 * accepted (rights, ratings that need a commentary), show every row, then template.commit the template.ready rows as
 * one batch, as drafts or submitted, with one action to undo the whole batch.
 */
import { useId } from 'react';
import type { IndicatorRow } from '@/data/api/contract';
import { ErrorNotice } from '@/ui/form-notices';
import { BatchCommit, CommittedBatch } from './batch-commit';
import { NumberLocaleField } from './number-locale-field';
import { TemplatePreview } from './template-preview';
import { useTemplateImport } from './use-template-import';

export function TemplateImport({ allRows }: { allRows: readonly IndicatorRow[] }) {
  const id = useId();
  const template = useTemplateImport(allRows);
  const { stage, committed, send, undo } = template;

  return (
    <div className="returns-template__import">
      <h3>Import a filled template</h3>
      <div className="field">
        <label htmlFor={`${id}-file`}>Filled template (Excel .xlsx or CSV)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.csv,text/csv"
          onChange={(event) => {
            template.chooseFile(event.target.files?.[0] ?? null);
          }}
        />
      </div>
      <NumberLocaleField
        id={`${id}-locale`}
        value={template.locale}
        onChange={template.chooseLocale}
      />
      {stage.step === 'reading' ? <p role="status">Reading {stage.fileName}…</p> : null}
      {stage.step === 'failed' ? <ErrorNotice message={stage.message} /> : null}
      {stage.step === 'read' ? (
        <TemplatePreview reading={stage.reading} fileName={stage.fileName} />
      ) : null}
      {stage.step === 'read' && committed === null ? (
        <BatchCommit
          id={id}
          ready={template.ready}
          mode={template.mode}
          onMode={template.setMode}
          busy={send.isPending}
          onCommit={template.commit}
        />
      ) : null}
      <ErrorNotice message={send.error?.message} />
      {committed ? (
        <CommittedBatch
          batch={committed}
          undone={Boolean(undo.data?.batch?.undoneAt)}
          busy={undo.isPending}
          onUndo={() => {
            undo.mutate(committed.id);
          }}
        />
      ) : null}
      <ErrorNotice message={undo.error?.message} />
    </div>
  );
}
