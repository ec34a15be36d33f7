import { useId } from "react";
import { endLabel } from "../../domain/model/labels";
import type { Graph, GraphNode } from "../../domain/model/types";

interface Props {
  label: string;
  graph: Graph;
  /** A node id, or "" for none. */
  value: string;
  options: readonly GraphNode[];
  onChange: (id: string) => void;
}

/** A native select of entities: a combobox to assistive technology, type-ahead for free. */
export function EntitySelect({ label, graph, value, options, onChange }: Props) {
  const id = useId();
  // A choice the timeline has since hidden stays chosen, and says why it cannot be reached.
  const hidden = value !== "" && !options.some((node) => node.id === value);
  return (
    <div className="connections-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">Choose an entity…</option>
        {hidden && <option value={value}>{endLabel(graph, value)} (not at this step)</option>}
        {options.map((node) => (
          <option key={node.id} value={node.id}>
            {node.label}
          </option>
        ))}
      </select>
    </div>
  );
}
