import type { Structure } from '@/data/contract/dataset-schema';

type StructureNode = Structure['nodes'][number];

interface StructureFieldProps {
  id: string;
  structures: readonly Structure[];
  value: string;
  onChange: (structureId: string) => void;
}

/** Which organisation structure (2008/09 or 2012) the filters below it are for. */
export function StructureField({ id, structures, value, onChange }: StructureFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>Organisation structure</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {structures.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
    </div>
  );
}

interface NodeFieldProps {
  id: string;
  nodes: readonly StructureNode[];
  value: string;
  /** The chosen node, or undefined for 'All'. */
  onChange: (nodeId: string | undefined) => void;
  /** Prefix for an option's name, e.g. indentation by depth. */
  prefix?: (node: StructureNode) => string;
}

export function NodeField({ id, nodes, value, onChange, prefix }: NodeFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>Directorate, division or unit</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value || undefined);
        }}
      >
        <option value="">All</option>
        {nodes.map((node) => (
          <option key={node.id} value={node.id}>
            {prefix?.(node)}
            {node.name}
          </option>
        ))}
      </select>
    </div>
  );
}
