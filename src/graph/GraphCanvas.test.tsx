import { act, render, screen, waitFor } from "@testing-library/react";
import { StrictMode } from "react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { GraphController } from "./controller";
import { idOf, toCyId } from "./elements";
import { GraphCanvas } from "./GraphCanvas";
import { ZOOM_STEP } from "./controller";
import { GraphControls } from "./GraphControls";
import { GraphProvider, useGraphController } from "./context";
import { everything, SAMPLE, shownSet } from "../../tests/helpers/cyGraph";
import type { LayoutInput } from "./layout";
import { solveLayout } from "./solveLayout";
import type { GraphCanvasProps } from "./types";

const seen: (GraphController | null)[] = [];
function ControllerSpy() {
  seen.push(useGraphController());
  return null;
}

/** The canvas with SAMPLE loaded and laid out. */
async function setup(overrides: Partial<GraphCanvasProps> = {}) {
  const props: GraphCanvasProps = {
    graph: SAMPLE,
    visible: everything(SAMPLE),
    selected: null,
    onSelect: vi.fn(),
    ...overrides,
  };
  const view = (p: GraphCanvasProps) => (
    <StrictMode>
      <GraphProvider>
        <GraphCanvas {...p} />
        <GraphControls />
        <ControllerSpy />
      </GraphProvider>
    </StrictMode>
  );
  const result = render(view(props));
  const controller = seen.at(-1);
  if (!controller) throw new Error("the canvas did not publish its controller");
  await act(() => controller.layouts.settled());
  return {
    props,
    controller,
    rerender: (p: GraphCanvasProps) => result.rerender(view(p)),
    unmount: result.unmount,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("GraphCanvas", () => {
  it("renders a labelled container and loads every element", async () => {
    const { controller } = await setup();
    expect(screen.getByRole("group", { name: "Relationship graph" })).toBeInTheDocument();
    expect(controller.cy.elements()).toHaveLength(SAMPLE.nodes.length + SAMPLE.edges.length);
  });

  it("hides a new graph and marks itself busy until its layout lands", async () => {
    // A worker that answers only when told, so the wait can be looked at.
    let answer = () => {};
    class HeldWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      postMessage(input: LayoutInput) {
        answer = () => this.onmessage?.({ data: solveLayout(input) });
      }
      terminate() {}
    }
    vi.stubGlobal("Worker", HeldWorker);
    const props = { graph: SAMPLE, visible: everything(SAMPLE) };
    render(<GraphCanvas {...props} selected={null} onSelect={vi.fn()} />);
    const canvas = screen.getByRole("group", { name: "Relationship graph" });
    await waitFor(() => expect(canvas).toHaveAttribute("aria-busy", "true"));
    expect(canvas).toHaveClass("graph-canvas--pending");
    expect(window.__entente?.positions()).toEqual({});
    act(() => answer());
    await waitFor(() => expect(canvas).toHaveAttribute("aria-busy", "false"));
    expect(canvas).toHaveAttribute("aria-busy", "false");
    expect(canvas).not.toHaveClass("graph-canvas--pending");
    expect(Object.keys(window.__entente?.positions() ?? {})).toHaveLength(SAMPLE.nodes.length);
  });

  it("keeps one Cytoscape instance and its layout when the visible set changes", async () => {
    const { props, controller, rerender } = await setup();
    const cy = controller.cy;
    const before = { ...cy.getElementById(toCyId("a")).position() };
    rerender({ ...props, visible: shownSet(["a", "b"], ["ab"]), selected: "a" });
    expect(seen.at(-1)?.cy).toBe(cy);
    expect(cy.destroyed()).toBe(false);
    expect(cy.elements().map(idOf).sort()).toEqual(["a", "ab", "b"]);
    expect(cy.getElementById(toCyId("a")).position()).toEqual(before);
    expect(cy.getElementById(toCyId("a")).hasClass("selected")).toBe(true);
  });

  it("reports taps through the latest onSelect", async () => {
    const { props, controller, rerender } = await setup();
    const latest = vi.fn();
    rerender({ ...props, onSelect: latest });
    controller.cy.getElementById(toCyId('"q"')).emit("tap");
    controller.cy.emit("tap");
    expect(props.onSelect).not.toHaveBeenCalled();
    expect(latest.mock.calls).toEqual([['"q"'], [null]]);
  });

  it("shows a tooltip with the label and kind on hover", async () => {
    const { controller } = await setup();
    const b = controller.cy.getElementById(toCyId("b"));
    // emit() takes an event object too (typings only allow names); hover needs its position.
    const over = { type: "mouseover", renderedPosition: { x: 40, y: 30 } };
    act(() => void Reflect.apply(b.emit, b, [over]));
    const tooltip = screen.getByRole("tooltip");
    expect(tooltip).toHaveTextContent("Label bOrganization");
    expect(tooltip).toHaveStyle({ left: "40px", top: "30px" });
    act(() => void b.emit("mouseout"));
    expect(screen.queryByRole("tooltip")).not.toBeInTheDocument();
  });

  it("counts one listener per event under StrictMode, and none once unmounted", async () => {
    const { controller, unmount } = await setup();
    const { cy } = controller;
    // Cytoscape keeps its listeners on an emitter its typings leave out.
    const { emitter } = cy as unknown as { emitter(): { listeners: { event: string }[] } };
    const listeners = emitter.call(cy).listeners;
    const counts = () => {
      const count = new Map<string, number>();
      for (const { event } of listeners) count.set(event, (count.get(event) ?? 0) + 1);
      return count;
    };
    // The controller's own: "tap" twice (elements, background), "mouseover" and so on once.
    expect(Object.fromEntries(counts())).toMatchObject({
      zoom: 1,
      dragpan: 1,
      scrollzoom: 1,
      pinchzoom: 1,
      tap: 2,
      mouseover: 1,
      mouseout: 1,
      viewport: 1,
    });
    unmount();
    expect(window.__entente).toBeUndefined();
  });

  it("fits the drawing again after the reader moved it", async () => {
    const { controller } = await setup();
    const { cy } = controller;
    // jsdom lays nothing out: give the canvas a size to fit into.
    vi.spyOn(cy, "width").mockReturnValue(800);
    vi.spyOn(cy, "height").mockReturnValue(600);
    await userEvent.click(screen.getByRole("button", { name: "Fit" }));
    const fitted = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    act(() => {
      cy.zoom(fitted.zoom * 3);
      cy.pan({ x: fitted.pan.x + 400, y: fitted.pan.y - 250 });
    });
    expect(cy.zoom()).not.toBeCloseTo(fitted.zoom);
    await userEvent.click(screen.getByRole("button", { name: "Fit" }));
    expect(cy.zoom()).toBeCloseTo(fitted.zoom);
    expect(cy.pan().x).toBeCloseTo(fitted.pan.x);
    expect(cy.pan().y).toBeCloseTo(fitted.pan.y);
  });

  it("zooms in and out by a step about the centre", async () => {
    const { controller } = await setup();
    const zoom = controller.cy.zoom();
    await userEvent.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(controller.cy.zoom()).toBeCloseTo(zoom * ZOOM_STEP);
    await userEvent.click(screen.getByRole("button", { name: "Zoom out" }));
    await userEvent.click(screen.getByRole("button", { name: "Zoom out" }));
    expect(controller.cy.zoom()).toBeCloseTo(zoom / ZOOM_STEP);
  });

  it("lays the graph out again on Re-layout, putting moved nodes back", async () => {
    const { controller } = await setup();
    const laidOut = controller.positions();
    act(() => controller.setPositions({ a: { x: 9000, y: 9000 }, b: { x: -9000, y: 0 } }));
    expect(controller.positions().a).toEqual({ x: 9000, y: 9000 });
    await userEvent.click(screen.getByRole("button", { name: "Re-layout" }));
    await act(() => controller.layouts.settled());
    expect(controller.positions()).toEqual(laidOut);
  });

  it("exposes node positions for end-to-end tests", async () => {
    await setup();
    expect(window.__entente?.nodePosition("a")).toEqual({
      x: expect.any(Number),
      y: expect.any(Number),
    });
    expect(window.__entente?.nodePosition("nope")).toBeNull();
  });
});
