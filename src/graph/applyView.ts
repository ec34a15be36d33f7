import type { Collection, Core, SingularElementArgument } from "cytoscape";
import type { ElementStore } from "./elements";
import { idOf, toCyId } from "./elements";
import type { VisibleSet } from "./types";

type Toggle = readonly [SingularElementArgument, string, boolean];

function toggle(changes: Toggle[], ele: SingularElementArgument, cls: string, on: boolean): void {
  if (ele.hasClass(cls) !== on) changes.push([ele, cls, on]);
}

/**
 * Makes the canvas show exactly `next`: elements to hide are removed from `cy`, elements to show
 * are restored where they were, and the `past` class follows `next.past`. The diff is against
 * what the canvas shows now, so only changed elements are touched, in one batch, and nothing at
 * all happens when nothing changed. An edge shows only while both its ends do. Only the store's
 * first `limit` elements (nodes, then edges) may show: a big graph is drawn a slice at a time,
 * and a slice looks only at its own elements, from `from` on (the earlier ones are as the last
 * slice left them), or each slice would go over the whole graph again. Returns how many changed.
 */
export function applyVisibility(
  cy: Core,
  store: ElementStore,
  next: VisibleSet,
  limit = Infinity,
  from = 0,
): number {
  const hide = cy.collection();
  const showNodes = cy.collection();
  const showEdges = cy.collection();
  const pastChanges: Toggle[] = [];

  const consider = (
    ele: SingularElementArgument,
    id: string,
    wanted: boolean,
    show: Collection,
  ) => {
    if (wanted === ele.removed()) (wanted ? show : hide).merge(ele);
    if (wanted) toggle(pastChanges, ele, "past", next.past.has(id));
  };
  const { nodes, edges, nodeIds, edgeIds, edgeEnds } = store;
  for (let i = from; i < nodes.length; i++) {
    const node = nodes[i];
    const id = nodeIds[i] ?? "";
    if (node) consider(node, id, i < limit && next.nodes.has(id), showNodes);
  }
  for (let i = Math.max(0, from - nodes.length); i < edges.length; i++) {
    const edge = edges[i];
    if (edge === undefined) continue;
    const id = edgeIds[i] ?? "";
    const [source = "", target = ""] = edgeEnds[i] ?? [];
    const wanted =
      nodes.length + i < limit &&
      next.edges.has(id) &&
      next.nodes.has(source) &&
      next.nodes.has(target);
    consider(edge, id, wanted, showEdges);
  }

  const changed = hide.length + showNodes.length + showEdges.length + pastChanges.length;
  if (changed === 0) return 0;
  cy.batch(() => {
    hide.remove();
    // Nodes first: Cytoscape cannot restore an edge whose ends are missing.
    showNodes.restore();
    showEdges.restore();
    for (const [ele, cls, on] of pastChanges) ele.toggleClass(cls, on);
  });
  return changed;
}

/** The selected element plus what it touches: a node's edges and neighbours, an edge's ends. */
function neighbourhood(cy: Core, selected: string | null): Collection | null {
  if (selected === null) return null;
  const ele: SingularElementArgument = cy.getElementById(toCyId(selected));
  if (ele.empty()) return null;
  return ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
}

/**
 * Classes for selection and search: `selected` on the selected element, `highlight` on its closed
 * neighbourhood and `faded` on everything else (no fading without a selection); `focus` on the
 * `focus` ids, and with `spotlight` `faded` on whatever is neither focused nor near the selection.
 * Only elements whose classes change are touched, and only those `within`, when given (a big
 * graph's new slice), and the selection's neighbourhood. Returns how many changes were made.
 */
export function applyHighlight(
  cy: Core,
  selected: string | null,
  focus: ReadonlySet<string> | undefined,
  spotlight = false,
  within?: Collection,
): number {
  const hood = neighbourhood(cy, selected);
  const changes: Toggle[] = [];
  // A new slice can make an earlier element a neighbour of the selection (the edge between them
  // arrives): the neighbourhood is always looked at.
  const scope = within === undefined ? cy.elements() : hood === null ? within : within.union(hood);
  scope.forEach((ele) => {
    const near = hood?.has(ele) ?? false;
    const id = idOf(ele);
    toggle(changes, ele, "selected", hood !== null && id === selected);
    toggle(changes, ele, "highlight", near);
    const focused = focus?.has(id) ?? false;
    const lit = near || (spotlight && focused);
    toggle(changes, ele, "faded", !lit && (hood !== null || (spotlight && focus !== undefined)));
    toggle(changes, ele, "focus", focused);
  });
  if (changes.length === 0) return 0;
  cy.batch(() => {
    for (const [ele, cls, on] of changes) ele.toggleClass(cls, on);
  });
  return changes.length;
}
