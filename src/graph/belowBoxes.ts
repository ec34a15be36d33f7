import type { Core, NodeSingular } from "cytoscape";
import type { Box } from "./labelPlacement";

/**
 * A node's name box where the stylesheet puts it (under the node), kept in model units from the
 * node's position: a pan, a step or a move leaves it as it is, so declutter.ts measures only the
 * names whose text, font or node size changed instead of every name on the canvas.
 */
interface Below {
  key: string;
  /** Null for a node without a name. */
  box: Box | null;
}

const remembered = new WeakMap<NodeSingular, Below>();

// What sets the size of a name and its distance from the node's centre. Not the spot styles
// (labelScale.ts): they move a name, and the box kept is the one under the node.
const SIZE_STYLES = ["label", "font-size", "font-weight", "text-max-width", "width", "height"];

/** What a node's remembered box depends on. */
export const belowKey = (node: NodeSingular): string =>
  SIZE_STYLES.map((name) => String(node.style(name))).join("\u0000");

/** The remembered box on screen now, null without a name, undefined when it must be measured. */
export function rememberedBelow(cy: Core, node: NodeSingular, key: string): Box | null | undefined {
  const below = remembered.get(node);
  if (below === undefined || below.key !== key) return undefined;
  if (below.box === null) return null;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const at = node.position();
  const { x1, y1, x2, y2 } = below.box;
  return {
    x1: (at.x + x1) * zoom + pan.x,
    y1: (at.y + y1) * zoom + pan.y,
    x2: (at.x + x2) * zoom + pan.x,
    y2: (at.y + y2) * zoom + pan.y,
  };
}

/** Keeps `box` (on screen, measured under the node) for the next placement. */
export function rememberBelow(cy: Core, node: NodeSingular, key: string, box: Box | null): void {
  if (box === null) return void remembered.set(node, { key, box });
  const zoom = cy.zoom();
  const pan = cy.pan();
  const at = node.position();
  remembered.set(node, {
    key,
    box: {
      x1: (box.x1 - pan.x) / zoom - at.x,
      y1: (box.y1 - pan.y) / zoom - at.y,
      x2: (box.x2 - pan.x) / zoom - at.x,
      y2: (box.y2 - pan.y) / zoom - at.y,
    },
  });
}
