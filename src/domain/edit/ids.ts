/** A readable id from a label ("Green Fields Co-op" → "green-fields-co-op"), unique among `taken`. */
export function uniqueId(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "item";
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const idsOf = (doc: { nodes: { id: string }[]; edges: { id: string }[] }): Set<string> =>
  new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)]);
