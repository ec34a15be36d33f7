/** Marks an element no quote supports yet, as every element of another tool's file. */
export function NoSourceBadge() {
  return (
    <span className="no-source-badge" title="No quote from a source supports this yet.">
      no source yet
    </span>
  );
}

export const NO_SOURCE = "no source yet";
