// The layout's data, apart from the code that computes it, so the solver, the worker and the baked
// layouts can share it without importing each other.

export interface LayoutShape {
  /**
   * Lay the graph out taller than wide, for a portrait pane. fcose's spectral start stretches a
   * graph along x; for a tall drawing the layout runs with x and y swapped (each node's box too)
   * and swaps them back, which mirrors the drawing about its diagonal.
   */
  tall?: boolean;
}

/** Everything the positions depend on, nodes in id order. */
export interface LayoutInput {
  ids: string[];
  /** Each node with its label under it, as one box; its centre sits `drop` below the node's. */
  boxes: { w: number; h: number; drop: number }[];
  /** Index pairs into `ids`; self-loops left out, as they exert no force. */
  edges: [number, number][];
  tall: boolean;
  /** Every node's place as the file gave it (an imported graph), used instead of a layout. */
  preset?: Positions;
}

/** Node positions for a LayoutInput, in its order. */
export type Positions = { x: number; y: number }[];
