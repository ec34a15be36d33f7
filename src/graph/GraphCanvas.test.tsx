import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { GraphController } from "./controller";
import { idOf, toCyId } from "./elements";
import { GraphCanvas } from "./GraphCanvas";
import { GraphControls } from "./GraphControls";
import { layoutSettled, useGraphController } from "./handle";
import { everything, SAMPLE, visibleSet } from "../../tests/helpers/cyGraph";
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
    graphVersion: 1,
    visible: everything(SAMPLE),
    selected: null,
    onSelect: vi.fn(),
    ...overrides,
  };
  const view = (p: GraphCanvasProps) => (
    <>
      <GraphCanvas {...p} />
      <GraphControls />
      <ControllerSpy />
    </>
  );
  const result = render(view(props));
  const controller = seen.at(-1);
  if (!controller) throw new Error("the canvas did not publish its controller");
  await act(layoutSettled);
  return { props, controller, rerender: (p: GraphCanvasProps) => result.rerender(view(p)) };
}

afterEach(() => vi.unstubAllGlobals());

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
    const props = { graph: SAMPLE, graphVersion: 1, visible: everything(SAMPLE) };
    render(<GraphCanvas {...props} selected={null} onSelect={vi.fn()} />);
    const canvas = screen.getByRole("group", { name: "Relationship graph" });
    await waitFor(() => expect(canvas).toHaveAttribute("aria-busy", "true"));
    expect(canvas).toHaveClass("graph-canvas--pending");
    expect(window.__entente?.positions()).toEqual({});
    act(() => answer());
    await act(layoutSettled);
    expect(canvas).toHaveAttribute("aria-busy", "false");
    expect(canvas).not.toHaveClass("graph-canvas--pending");
    expect(Object.keys(window.__entente?.positions() ?? {})).toHaveLength(SAMPLE.nodes.length);
  });

  it("keeps one Cytoscape instance and its layout when the visible set changes", async () => {
    const { props, controller, rerender } = await setup();
    const cy = controller.cy;
    const before = { ...cy.getElementById(toCyId("a")).position() };
    rerender({ ...props, visible: visibleSet(["a", "b"], ["ab"]), selected: "a" });
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

  it("drives the view through GraphControls", async () => {
    const { controller } = await setup();
    const zoom = controller.cy.zoom();
    await userEvent.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(controller.cy.zoom()).toBeGreaterThan(zoom);
    for (const name of ["Fit", "Zoom out", "Re-layout"]) {
      expect(screen.getByRole("button", { name })).toBeEnabled();
    }
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
