import type { Change, DraftDocument, DraftEdge, DraftEvidence, DraftNode } from "./types";

/** Drops keys patched to undefined, so a cleared field leaves the file rather than being written empty. */
function patched<T extends object>(item: T, patch: object): T {
  const next = { ...item, ...patch } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
  return next as T;
}

const mapById = <T extends { id: string }>(items: T[], id: string, f: (item: T) => T): T[] =>
  items.some((i) => i.id === id) ? items.map((i) => (i.id === id ? f(i) : i)) : items;

function withEvidence(
  doc: DraftDocument,
  owner: string,
  f: (evidence: DraftEvidence[]) => DraftEvidence[],
): DraftDocument {
  const update = <T extends DraftNode | DraftEdge>(item: T): T => ({
    ...item,
    evidence: f(item.evidence),
  });
  if (doc.nodes.some((n) => n.id === owner)) {
    return { ...doc, nodes: mapById(doc.nodes, owner, update) };
  }
  return { ...doc, edges: mapById(doc.edges, owner, update) };
}

/**
 * One change → the next document. Pure and structurally shared: what a change does not touch is
 * the same object as before, which keeps hundreds of undo steps cheap. A change naming an id that
 * is not there leaves the document as it was.
 */
export function applyChange(doc: DraftDocument, change: Change): DraftDocument {
  switch (change.type) {
    case "title":
      return { ...doc, title: change.title };
    case "source":
      return { ...doc, source: patched(doc.source, change.patch) };
    case "addNode":
      return { ...doc, nodes: [...doc.nodes, change.node] };
    case "updateNode":
      return { ...doc, nodes: mapById(doc.nodes, change.id, (n) => patched(n, change.patch)) };
    case "removeNode":
      if (!doc.nodes.some((n) => n.id === change.id)) return doc;
      return {
        ...doc,
        nodes: doc.nodes.filter((n) => n.id !== change.id),
        edges: doc.edges.filter((e) => e.source !== change.id && e.target !== change.id),
      };
    case "addEdge":
      return { ...doc, edges: [...doc.edges, change.edge] };
    case "updateEdge":
      return { ...doc, edges: mapById(doc.edges, change.id, (e) => patched(e, change.patch)) };
    case "removeEdge":
      if (!doc.edges.some((e) => e.id === change.id)) return doc;
      return { ...doc, edges: doc.edges.filter((e) => e.id !== change.id) };
    case "addEvidence":
      return withEvidence(doc, change.owner, (list) => [...list, change.evidence]);
    case "updateEvidence":
      return withEvidence(doc, change.owner, (list) =>
        list.map((e, i) => (i === change.index ? patched(e, change.patch) : e)),
      );
    case "removeEvidence":
      return withEvidence(doc, change.owner, (list) => list.filter((_, i) => i !== change.index));
    case "position":
      return {
        ...doc,
        nodes: mapById(doc.nodes, change.id, (n) => ({ ...n, position: change.position })),
      };
    case "batch":
      return applyChanges(doc, change.changes);
  }
}

export const applyChanges = (doc: DraftDocument, changes: readonly Change[]): DraftDocument =>
  changes.reduce(applyChange, doc);
