import { FRAMEWORKS, frameworkWords } from '@/domain/frameworks';
import { formatPeriod } from '@/domain/periods';
import { INDICATOR_KINDS, statusLabel } from '@/domain/rating';
import { RAG_STATUSES } from '@/domain/types';
import { SelectField } from '@/ui/select-field';
import type { DashboardSearch } from './dashboard-search';
import { kindLabels } from './labels';

/** The box for codes and title words; its value is the typed text, not yet the address's. */
export function SearchTextField({
  id,
  text,
  onType,
}: {
  id: string;
  text: string;
  onType: (value: string) => void;
}) {
  return (
    <div className="field field--wide">
      <label htmlFor={id}>Search codes and titles</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="For example NI 125 or library"
        onChange={(event) => {
          onType(event.target.value);
        }}
      />
    </div>
  );
}

interface ChoiceFieldsProps {
  /** The form's id prefix; each field adds its own name. */
  id: string;
  search: DashboardSearch;
  /** The periods offered under "As at", oldest first. */
  periods: readonly string[];
  update: (patch: Partial<DashboardSearch>) => void;
}

/** Status, framework, kind and as-at period: each a list with an "any" choice. */
export function ChoiceFields({ id, search, periods, update }: ChoiceFieldsProps) {
  return (
    <>
      <SelectField
        id={`${id}-status`}
        label="Status"
        anyLabel="Any status"
        value={search.status}
        options={RAG_STATUSES}
        optionLabel={statusLabel}
        onChange={(status) => {
          update({ status });
        }}
      />
      <SelectField
        id={`${id}-framework`}
        label="Framework"
        anyLabel="All frameworks"
        value={search.framework}
        options={FRAMEWORKS}
        optionLabel={(framework) => frameworkWords[framework].name}
        onChange={(framework) => {
          update({ framework });
        }}
      />
      <SelectField
        id={`${id}-kind`}
        label="Kind"
        anyLabel="All kinds"
        value={search.kind}
        options={INDICATOR_KINDS}
        optionLabel={(kind) => kindLabels[kind]}
        onChange={(kind) => {
          update({ kind });
        }}
      />
      <SelectField
        id={`${id}-period`}
        label="As at"
        anyLabel="Latest figures"
        value={search.period}
        options={[...periods].reverse()}
        optionLabel={formatPeriod}
        onChange={(period) => {
          update({ period });
        }}
      />
    </>
  );
}

/** Search now, and (once anything is filtered) clear every filter. */
export function FilterActions({
  hasFilters,
  onClear,
}: {
  hasFilters: boolean;
  onClear: () => void;
}) {
  return (
    <div className="filters__actions">
      <button type="submit" className="button button--secondary">
        Search
      </button>
      {hasFilters ? (
        <button type="button" className="button button--link" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
