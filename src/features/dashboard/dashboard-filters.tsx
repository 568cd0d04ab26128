import { useNavigate } from '@/ui/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { FRAMEWORKS, frameworkWords } from '@/domain/frameworks';
import type { Structure } from '@/data/contract/dataset-schema';
import { formatPeriod } from '@/domain/periods';
import { depthFirst } from '@/ui/group-rows';
import { INDICATOR_KINDS, statusLabel } from '@/domain/rating';
import { RAG_STATUSES } from '@/domain/types';
import type { DashboardSearch } from './dashboard-search';
import { resolveStructure } from './dashboard-search';
import { kindLabels } from './labels';
import { NodeField, StructureField } from './organisation-fields';
import { SelectField } from '@/ui/select-field';
import { dashboardAddress } from '@/ui/dashboard-address';

interface DashboardFiltersProps {
  search: DashboardSearch;
  structures: readonly Structure[];
  periods: readonly string[];
}

const SEARCH_DELAY_MS = 300;

/** Every filter writes to the URL, so a filtered view can be bookmarked, shared and returned to with Back. */
export function DashboardFilters({ search, structures, periods }: DashboardFiltersProps) {
  const navigate = useNavigate();
  const id = useId();
  const structure = resolveStructure(structures, search.structure);
  const nodes = structure ? depthFirst(structure) : [];
  const depthOf = (nodeId: string): number => {
    let depth = 0;
    for (let node = structure?.nodes.find((n) => n.id === nodeId); node?.parentId; depth += 1) {
      const parentId: string = node.parentId;
      node = structure?.nodes.find((n) => n.id === parentId);
    }
    return depth;
  };

  const update = (patch: Partial<DashboardSearch>, replace = false) => {
    navigate({ ...dashboardAddress({ ...search, ...patch }), replace });
  };

  // The text box keeps its own value while typing; the URL follows after a pause so each keystroke
  // does not become a history entry or a request. A URL change from elsewhere (Back) resets it.
  const [text, setText] = useState(search.q ?? '');
  const [urlText, setUrlText] = useState(search.q ?? '');
  if ((search.q ?? '') !== urlText) {
    setUrlText(search.q ?? '');
    setText(search.q ?? '');
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  const onText = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // Remember what we pushed so the URL catching up does not overwrite newer typing.
      setUrlText(value.trim() === '' ? '' : value);
      update({ q: value.trim() === '' ? undefined : value }, true);
    }, SEARCH_DELAY_MS);
  };

  const sortedPeriods = [...periods].reverse();
  const hasFilters =
    search.node !== undefined ||
    search.framework !== undefined ||
    search.status !== undefined ||
    search.kind !== undefined ||
    (search.q ?? '') !== '' ||
    search.period !== undefined;

  return (
    <form
      className="filters"
      aria-labelledby={`${id}-title`}
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        clearTimeout(timer.current);
        update({ q: text.trim() === '' ? undefined : text });
      }}
    >
      <h2 id={`${id}-title`} className="filters__title">
        Filter indicators
      </h2>
      <div className="filters__grid">
        <div className="field field--wide">
          <label htmlFor={`${id}-q`}>Search codes and titles</label>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            placeholder="For example NI 125 or library"
            onChange={(event) => {
              onText(event.target.value);
            }}
          />
        </div>
        <StructureField
          id={`${id}-structure`}
          structures={structures}
          value={structure?.id ?? ''}
          onChange={(structureId) => {
            update({ structure: structureId, node: undefined });
          }}
        />
        <NodeField
          id={`${id}-node`}
          nodes={nodes.filter((node) => node.kind !== 'authority')}
          value={search.node ?? ''}
          onChange={(node) => {
            update({ node });
          }}
          prefix={(node) => '\u00a0\u00a0'.repeat(Math.max(0, depthOf(node.id) - 1))}
        />
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
          options={sortedPeriods}
          optionLabel={formatPeriod}
          onChange={(period) => {
            update({ period });
          }}
        />
        <div className="filters__actions">
          <button type="submit" className="button button--secondary">
            Search
          </button>
          {hasFilters ? (
            <button
              type="button"
              className="button button--link"
              onClick={() => {
                clearTimeout(timer.current);
                setText('');
                navigate(dashboardAddress({ structure: search.structure }));
              }}
            >
              Clear filters
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
