import { useNavigate } from '@/ui/navigation';
import { useId } from 'react';
import type { Structure } from '@/data/contract/dataset-schema';
import { depthFirst } from '@/ui/group-rows';
import type { DashboardSearch } from './dashboard-search';
import { resolveStructure } from './dashboard-search';
import {
  clearedDashboardSearch,
  hasDashboardFilters,
  nodeIndent,
  searchTextParam,
} from './dashboard-filter-choices';
import { ChoiceFields, FilterActions, SearchTextField } from './dashboard-filter-fields';
import { NodeField, StructureField } from './organisation-fields';
import { useSearchText } from './use-search-text';
import { dashboardAddress } from '@/ui/dashboard-address';

interface DashboardFiltersProps {
  search: DashboardSearch;
  structures: readonly Structure[];
  periods: readonly string[];
}

/** Every filter writes to the URL, so a filtered view can be bookmarked, shared and returned to with Back. */
export function DashboardFilters({ search, structures, periods }: DashboardFiltersProps) {
  const navigate = useNavigate();
  const id = useId();
  const structure = resolveStructure(structures, search.structure);
  const nodes = structure ? depthFirst(structure) : [];
  const update = (patch: Partial<DashboardSearch>, replace = false) => {
    navigate({ ...dashboardAddress({ ...search, ...patch }), replace });
  };
  const searchText = useSearchText(search.q, (q) => {
    update({ q }, true);
  });

  return (
    <form
      className="filters"
      aria-labelledby={`${id}-title`}
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        searchText.cancelPending();
        update({ q: searchTextParam(searchText.text) });
      }}
    >
      <h2 id={`${id}-title`} className="filters__title">
        Filter indicators
      </h2>
      <div className="filters__grid">
        <SearchTextField id={`${id}-q`} text={searchText.text} onType={searchText.type} />
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
          prefix={(node) => nodeIndent(structure, node.id)}
        />
        <ChoiceFields id={id} search={search} periods={periods} update={update} />
        <FilterActions
          hasFilters={hasDashboardFilters(search)}
          onClear={() => {
            searchText.cancelPending();
            searchText.setText('');
            navigate(dashboardAddress(clearedDashboardSearch(search)));
          }}
        />
      </div>
    </form>
  );
}
