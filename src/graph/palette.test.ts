import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NODE_KINDS, STANCES } from "../domain/types";
import type { ColorScheme } from "./palette";
import { KIND_SHAPE, STANCE_LINE, THEMES } from "./palette";
import { STYLESHEETS } from "./stylesheet";

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

  it.each(SCHEMES)("%s contains nothing Cytoscape rejects", (scheme) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEETS[scheme] });
    cy.destroy();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
