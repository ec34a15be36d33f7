import type { KindShape } from "./palette";

/** Outlines of Cytoscape's polygon shapes on its [-1, 1] square, so legends draw what the canvas does. */
export const POLYGONS: Record<
  Exclude<KindShape, "ellipse" | "round-rectangle">,
  readonly number[]
> = {
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  hexagon: [-1, 0, -0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1],
  diamond: [0, -1, 1, 0, 0, 1, -1, 0],
  star: Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 1 : 0.6;
    const angle = Math.PI / 2 + (i * Math.PI) / 5;
    return [radius * Math.cos(angle), -radius * Math.sin(angle)];
  }).flat(),
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  triangle: [0, -1, 1, 1, -1, 1],
};
