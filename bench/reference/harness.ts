import cytoscape from "cytoscape";
import type { Core, ElementDefinition, Position } from "cytoscape";
import { loadGraph } from "../../src/domain/load/load";
import type { Graph } from "../../src/domain/model/types";
import { filterGraph, initialView, timelineSteps } from "../../src/domain/view";
import type { VisibleSet } from "../../src/domain/view";

/** What the benchmark runner reads from a reference page (and from the app, in its own way). */
export interface BenchHandle {
  /** Resolves after the first render; rejects with the reason when the graph cannot be shown. */
  ready: Promise<void>;
  /** Timeline steps (periods + "All time"); 0 until the graph has loaded. */
  stepCount: number;
  /** Elements on the canvas now, to check a page shows what the app shows. */
  shown: () => { nodes: number; edges: number };
}

declare global {
  interface Window {
    __bench?: BenchHandle;
  }
}

/** Moves the canvas to a step's visible set; called once per step, starting from all elements. */
export type Renderer = (visible: VisibleSet) => void;

export interface Scene {
  graph: Graph;
  cy: Core;
  /** Where every node sits, fixed once before the first step. */
  positions: ReadonlyMap<string, Position>;
}

// Cytoscape's default look; only labels added, as every graph UI shows them.
const STYLE = [{ selector: "node", style: { label: "data(label)" } }];

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export async function loadScene(container: HTMLElement, params: URLSearchParams): Promise<Scene> {
  const graphUrl = params.get("graph");
  if (graphUrl === null) throw new Error("add ?graph=<url of a graph file> to the address");
  const result = loadGraph(await fetchText(graphUrl));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  const { graph } = result;
  const positionsUrl = params.get("positions");
  const given =
    positionsUrl === null
      ? undefined
      : (JSON.parse(await fetchText(positionsUrl)) as Record<string, Position>);

  const elements: ElementDefinition[] = [
    ...graph.nodes.map((n) => ({
      group: "nodes" as const,
      data: { id: n.id, label: n.label },
      ...(given && Object.hasOwn(given, n.id) ? { position: given[n.id] } : {}),
    })),
    ...graph.edges.map((e) => ({
      group: "edges" as const,
      data: { id: e.id, source: e.source, target: e.target },
    })),
  ];
  // Positions are laid out once, over the whole graph, so no step ever moves a node and step
  // timings measure showing and hiding only. The runner passes the app's own positions; without
  // them a deterministic grid relaxed by cose stands in (slow past a few thousand elements).
  // webgl=1: Cytoscape's WebGL renderer (3.31+), to see whether it would pay off in the app.
  const cy = cytoscape({
    container,
    elements,
    style: STYLE,
    layout: { name: given ? "preset" : "grid" },
    ...(params.get("webgl") === "1" ? { renderer: { name: "canvas", webgl: true } } : {}),
  });
  if (!given) cy.layout({ name: "cose", animate: false, randomize: false }).run();
  const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  return { graph, cy, positions };
}

/** Lets the runner step exactly as it steps the app's slider: focus it and press arrow keys. */
function timelineKey(key: string, index: number, last: number): number | null {
  if (key === "ArrowLeft" || key === "ArrowDown") return Math.max(0, index - 1);
  if (key === "ArrowRight" || key === "ArrowUp") return Math.min(last, index + 1);
  if (key === "Home") return 0;
  if (key === "End") return last;
  return null;
}

/** Shows "All time" (the app's first view), then follows the slider; resolves once drawn. */
async function follow(scene: Scene, render: Renderer, slider: HTMLInputElement, status: Element) {
  const steps = timelineSteps(scene.graph);
  const last = steps.length - 1;
  const goTo = (index: number) => {
    const step = steps[index];
    if (step === undefined) return;
    render(filterGraph(scene.graph, { ...initialView, period: step.period }));
    slider.value = String(index);
    slider.setAttribute("aria-valuetext", step.label);
    status.textContent = step.label;
  };
  slider.max = String(last);
  slider.addEventListener("keydown", (event) => {
    const target = timelineKey(event.key, Number(slider.value), last);
    if (target === null) return;
    event.preventDefault();
    goTo(target);
  });
  goTo(last);
  // Cytoscape draws on the next animation frame; "ready" means the first frame is on screen.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Runs a reference page: `makeRenderer` is all that differs between the pages. */
export function runReference(makeRenderer: (scene: Scene) => Renderer): void {
  const container = document.getElementById("cy");
  const slider = document.querySelector<HTMLInputElement>("input[aria-label='Timeline']");
  const status = document.getElementById("status");
  if (!container || !slider || !status)
    throw new Error("the page lacks #cy, the slider or #status");
  const handle: BenchHandle = {
    stepCount: 0,
    shown: () => ({ nodes: 0, edges: 0 }),
    ready: loadScene(container, new URLSearchParams(location.search))
      .then(async (scene) => {
        handle.stepCount = timelineSteps(scene.graph).length;
        handle.shown = () => ({ nodes: scene.cy.nodes().length, edges: scene.cy.edges().length });
        await follow(scene, makeRenderer(scene), slider, status);
        document.body.dataset.ready = "true";
      })
      .catch((error: unknown) => {
        status.textContent = error instanceof Error ? error.message : String(error);
        document.body.dataset.ready = "error";
        throw error;
      }),
  };
  window.__bench = handle;
}
