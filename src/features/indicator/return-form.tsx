import { useId, type Ref } from 'react';
import type { FigureReturn } from '@/data/api/contract';
import { TextField } from '@/ui/text-field';
import type { ReturnErrors } from './return-rules';

interface ReturnFormProps {
  formRef: Ref<HTMLFormElement>;
  /** The period, as words. */
  what: string;
  stored: FigureReturn | null;
  errors: ReturnErrors;
  isPending: boolean;
  onSave: (then: 'draft' | 'submit') => void;
}

/** The figure and its commentary, saved as a draft or submitted for approval. */
export function ReturnForm({ formRef, what, stored, errors, isPending, onSave }: ReturnFormProps) {
  const id = useId();
  return (
    <form
      ref={formRef}
      noValidate
      key={stored?.version ?? 0}
      className="return-panel__form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave('draft');
      }}
    >
      <TextField
        id={`${id}-value`}
        label={`Figure for ${what}`}
        error={errors.value}
        input={{ name: 'value', inputMode: 'decimal', defaultValue: stored?.value ?? '' }}
      />
      <TextField
        id={`${id}-commentary`}
        label="Commentary"
        hint="Why the figure is what it is and what is being done. Needed for a red or amber figure."
        error={errors.commentary}
        rows={4}
        textarea={{ name: 'commentary', defaultValue: stored?.commentary ?? '' }}
      />
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={isPending}>
          Save draft
        </button>
        <button
          type="button"
          className="button"
          disabled={isPending}
          onClick={() => {
            onSave('submit');
          }}
        >
          Submit for approval
        </button>
      </div>
    </form>
  );
}
