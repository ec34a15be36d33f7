import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { GraphController } from "./controller";
import { idOf, toCyId } from "./elements";
import { GraphCanvas } from "./GraphCanvas";
import { GraphControls } from "./GraphControls";
import { useGraphController } from "./handle";
import { everything, SAMPLE, visibleSet } from "./testGraph";
import type { GraphCanvasProps } from "./types";

const seen: (GraphController | null)[] = [];
function ControllerSpy() {
  seen.push(useGraphController());
  return null;
}

function setup(overrides: Partial<GraphCanvasProps> = {}) {
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
  return { props, controller, rerender: (p: GraphCanvasProps) => result.rerender(view(p)) };
}

describe("GraphCanvas", () => {
  it("renders a labelled container and loads every element", () => {
    const { controller } = setup();
    expect(screen.getByRole("group", { name: "Relationship graph" })).toBeInTheDocument();
    expect(controller.cy.elements()).toHaveLength(SAMPLE.nodes.length + SAMPLE.edges.length);
  });

  it("keeps one Cytoscape instance and its layout when the visible set changes", () => {
    const { props, controller, rerender } = setup();
    const cy = controller.cy;
    const before = { ...cy.getElementById(toCyId("a")).position() };
    rerender({ ...props, visible: visibleSet(["a", "b"], ["ab"]), selected: "a" });
    expect(seen.at(-1)?.cy).toBe(cy);
    expect(cy.destroyed()).toBe(false);
    expect(cy.elements().map(idOf).sort()).toEqual(["a", "ab", "b"]);
    expect(cy.getElementById(toCyId("a")).position()).toEqual(before);
    expect(cy.getElementById(toCyId("a")).hasClass("selected")).toBe(true);
  });

  it("reports taps through the latest onSelect", () => {
    const { props, controller, rerender } = setup();
    const latest = vi.fn();
    rerender({ ...props, onSelect: latest });
    controller.cy.getElementById(toCyId('"q"')).emit("tap");
    controller.cy.emit("tap");
    expect(props.onSelect).not.toHaveBeenCalled();
    expect(latest.mock.calls).toEqual([['"q"'], [null]]);
  });

  it("shows a tooltip with the label and kind on hover", () => {
    const { controller } = setup();
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
    const { controller } = setup();
    const zoom = controller.cy.zoom();
    await userEvent.click(screen.getByRole("button", { name: "Zoom in" }));
    expect(controller.cy.zoom()).toBeGreaterThan(zoom);
    for (const name of ["Fit", "Zoom out", "Re-layout"]) {
      expect(screen.getByRole("button", { name })).toBeEnabled();
    }
  });

  it("exposes node positions for end-to-end tests", () => {
    setup();
    expect(window.__entente?.nodePosition("a")).toEqual({
      x: expect.any(Number),
      y: expect.any(Number),
    });
    expect(window.__entente?.nodePosition("nope")).toBeNull();
  });
});
