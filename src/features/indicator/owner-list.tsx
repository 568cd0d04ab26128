import { Link } from '@/ui/navigation';
import { roleLabels, type OwnerShown } from './definition-words';

/** The owning units, each linked to its page in the structure that names it, with its role. */
export function OwnerList({ owners }: { owners: readonly OwnerShown[] }) {
  if (owners.length === 0) return <>No owning unit recorded</>;
  return (
    <ul className="plain-list">
      {owners.map(({ owner, structure, name }) => (
        <li key={`${owner.structureId ?? ''}-${owner.nodeId}-${owner.role}`}>
          {structure ? (
            <Link
              to="/organisation/$structureId/$nodeId"
              params={{ structureId: structure.id, nodeId: owner.nodeId }}
            >
              {name}
            </Link>
          ) : (
            name
          )}{' '}
          <span className="muted">
            ({roleLabels[owner.role]}
            {structure ? `, ${structure.name}` : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}
