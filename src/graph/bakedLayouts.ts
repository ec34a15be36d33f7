// Layouts computed ahead of time for graphs that ship with the app: the article graph's fcose run
// is the longest step between navigation and its first frame. bakedLayouts.json is a file
// snapshot written by bakedLayouts.test.ts (`npx vitest run src/graph/bakedLayouts.test.ts -u`),
// which fails whenever the layout code or the graph no longer produce exactly these positions.
import BAKED from "./bakedLayouts.json";
import type { LayoutInput } from "./layoutTypes";

type Layouts = Record<string, readonly number[] | undefined>;

const round = (value: number) => Math.round(value * 100) / 100;

/** A fingerprint of everything the layout reads; the node count ends it, so most misses are cheap. */
export function layoutKey(input: LayoutInput): string {
  const boxes = input.boxes.map(({ w, h, drop }) => [round(w), round(h), round(drop)]);
  const text = JSON.stringify([input.tall, input.ids, boxes, input.edges]);
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, "0")}-${input.ids.length}`;
}

/** Positions as stored: x and y of each node in turn, to two decimals. */
export const flatten = (positions: readonly { x: number; y: number }[]): number[] =>
  positions.flatMap(({ x, y }) => [round(x), round(y)]);

const counts = new Set(Object.keys(BAKED).map((key) => Number(key.split("-")[1])));

/** The baked positions for `input`, in its node order, if it is a graph baked at build time. */
export function bakedLayout(input: LayoutInput): { x: number; y: number }[] | undefined {
  if (!counts.has(input.ids.length)) return undefined;
  const flat = (BAKED as Layouts)[layoutKey(input)];
  if (flat === undefined || flat.length !== 2 * input.ids.length) return undefined;
  return input.ids.map((_, i) => ({ x: flat[2 * i] ?? 0, y: flat[2 * i + 1] ?? 0 }));
}
