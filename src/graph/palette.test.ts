import { readFileSync } from "node:fs";
import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NODE_KINDS, STANCES } from "../domain/model/types";
import type { ColorScheme } from "./palette";
import { KIND_SHAPE, STANCE_LINE, THEMES } from "./palette";
import { toCyId, toElements } from "./elements";
import { STYLESHEETS } from "./stylesheet";
import type { GraphScale } from "./metrics";
import { edge, graphOf, node } from "../../tests/helpers/cyGraph";

const SCALES: readonly GraphScale[] = ["small", "medium", "large"];

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const SCHEMES: ColorScheme[] = ["light", "dark"];

describe.each(SCHEMES)("the %s theme", (scheme) => {
  const theme = THEMES[scheme];

  it("keeps text readable (4.5:1) on the canvas background", () => {
    expect(contrast(theme.text, theme.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.muted, theme.background)).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps every stance, kind and state colour at 3:1 against the background", () => {
    const colours = {
      ...theme.stance,
      ...theme.kind,
      selection: theme.selection,
      focus: theme.focus,
    };
    for (const [name, colour] of Object.entries(colours)) {
      expect(contrast(colour, theme.background), name).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("palette", () => {
  it("gives every node kind its own shape and every stance its own line style", () => {
    expect(new Set(NODE_KINDS.map((k) => KIND_SHAPE[k])).size).toBe(NODE_KINDS.length);
    expect(new Set(STANCES.map((s) => STANCE_LINE[s].style)).size).toBe(STANCES.length);
  });
});

describe("stylesheets", () => {
  afterEach(() => vi.restoreAllMocks());

  const cases = SCALES.flatMap((scale) => SCHEMES.map((scheme) => [scale, scheme] as const));
  it.each(cases)("%s %s contains nothing Cytoscape rejects", (scale, scheme) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEETS[scale][scheme] });
    cy.destroy();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});

describe("what the canvas draws", () => {
  const cyWith = (scale: GraphScale) =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLESHEETS[scale].light,
      elements: toElements(
        graphOf(
          [node("a"), node("b")],
          STANCES.map((stance) => edge(stance, "a", "b", stance)),
        ),
      ),
    });

  it("draws each stance's line from the palette, dots included", () => {
    const cy = cyWith("small");
    for (const stance of STANCES) {
      const line = cy.getElementById(toCyId(stance));
      const { dash, cap, width } = STANCE_LINE[stance];
      expect(line.style("line-style")).toBe(dash.length > 0 ? "dashed" : "solid");
      if (dash.length > 0) {
        expect(line.style("line-dash-pattern")).toBe(dash.join(" "));
        expect(line.style("line-cap")).toBe(cap);
      }
      expect(line.style("width")).toBe(`${width}px`);
    }
    cy.destroy();
  });

  it("names edges only when asked, and never in a big graph", () => {
    for (const scale of SCALES) {
      const cy = cyWith(scale);
      const rivalry = cy.getElementById(toCyId("rivalry"));
      expect(rivalry.style("label")).toBe("");
      rivalry.addClass("labelled highlight");
      expect(rivalry.style("label")).toBe(scale === "large" ? "" : "rel rivalry");
      expect(rivalry.style("curve-style")).toBe(scale === "large" ? "haystack" : "straight");
      cy.destroy();
    }
  });

  it("skips labels too small to read at the current zoom, at every scale", () => {
    for (const scale of SCALES) {
      const cy = cyWith(scale);
      const node = cy.getElementById(toCyId("a"));
      const rivalry = cy.getElementById(toCyId("rivalry"));
      rivalry.addClass("labelled");
      expect(parseFloat(node.style("min-zoomed-font-size"))).toBeGreaterThan(0);
      expect(parseFloat(rivalry.style("min-zoomed-font-size"))).toBeGreaterThan(0);
      cy.destroy();
    }
  });

  it("drops node rings and draws hairline edges in a big graph only", () => {
    const styleOf = (scale: GraphScale) => {
      const cy = cyWith(scale);
      const ring = cy.getElementById(toCyId("a")).style("border-width");
      const width = cy.getElementById(toCyId("rivalry")).style("width");
      cy.destroy();
      return { ring, width };
    };
    expect(styleOf("small").ring).not.toBe("0px");
    expect(styleOf("small").width).not.toBe("1px");
    expect(styleOf("large")).toEqual({ ring: "0px", width: "1px" });
  });

  it("draws a medium graph's edges straight and arrowless until they are named", () => {
    const cy = cyWith("medium");
    const alliance = cy.getElementById(toCyId("alliance"));
    expect(alliance.style("curve-style")).toBe("haystack");
    expect(alliance.style("target-arrow-shape")).toBe("none");
    alliance.addClass("labelled");
    expect(alliance.style("curve-style")).toBe("straight");
    expect(alliance.style("target-arrow-shape")).toBe("triangle");
    cy.destroy();
  });
});

describe("theme.css", () => {
  // The panels' samples and dots take these variables; they must be the canvas's colours.
  const css = readFileSync("src/styles/theme.css", "utf8");
  const darkAt = css.indexOf("prefers-color-scheme: dark");
  const value = (block: string, name: string) =>
    new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i").exec(block)?.[1]?.toLowerCase();

  it.each(SCHEMES)("repeats the %s theme's stance and kind colours", (scheme) => {
    const block = scheme === "light" ? css.slice(0, darkAt) : css.slice(darkAt);
    for (const stance of STANCES) {
      expect(value(block, stance), stance).toBe(THEMES[scheme].stance[stance]);
    }
    for (const kind of NODE_KINDS) {
      expect(value(block, `kind-${kind}`), kind).toBe(THEMES[scheme].kind[kind]);
    }
  });
});
