import { useNavigate } from '@/ui/navigation';
import { useId } from 'react';
import type { Structure } from '@/data/contract/dataset-schema';
import { depthFirst } from '@/ui/group-rows';
import type { ExceptionsSearch } from './dashboard-search';
import { NodeField, StructureField } from './organisation-fields';
import './exceptions-filters.css';

interface ExceptionsFiltersProps {
  search: ExceptionsSearch;
  structures: readonly Structure[];
  structure: Structure | undefined;
}

/** Which part of the council the exceptions are for; held in the URL like every other filter. */
export function ExceptionsFilters({ search, structures, structure }: ExceptionsFiltersProps) {
  const navigate = useNavigate();
  const id = useId();
  const nodes = structure ? depthFirst(structure).filter((node) => node.kind !== 'authority') : [];
  return (
    <form
      className="filters filters--inline"
      aria-label="Choose the part of the council"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <div className="filters__grid">
        <StructureField
          id={`${id}-structure`}
          structures={structures}
          value={structure?.id ?? ''}
          onChange={(structureId) => {
            navigate({
              to: '/exceptions',
              search: {
                ...search,
                structure: structureId,
                node: undefined,
                overduePage: undefined,
              },
            });
          }}
        />
        <NodeField
          id={`${id}-node`}
          nodes={nodes}
          value={search.node ?? ''}
          onChange={(node) => {
            navigate({
              to: '/exceptions',
              search: { ...search, node, overduePage: undefined },
            });
          }}
        />
      </div>
    </form>
  );
}
