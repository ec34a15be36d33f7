import type { ColorScheme } from "./palette";
import { THEMES } from "./palette";

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi = 0, lo = 0] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Below this a shape does not stand out from the canvas (WCAG 1.4.11, non-text contrast). */
const SHAPE_CONTRAST = 3;

/** The data key marking a node whose file colour is too faint on `scheme`'s background. */
export const faintKey = (scheme: ColorScheme): string =>
  scheme === "light" ? "faintOnLight" : "faintOnDark";

/**
 * Canvas data for a colour another tool gave a node (`fill`) or an edge (`line`), and in which
 * scheme it is too faint against the background: the stylesheet outlines such a node there and
 * draws such a line in its stance colour. Labels sit on the canvas's own halo, so the colour
 * never decides whether they can be read.
 */
export function fileColour(
  color: string | undefined,
  key: "fill" | "line" = "fill",
): Record<string, string | boolean> {
  if (color === undefined) return {};
  const out: Record<string, string | boolean> = { [key]: color };
  for (const scheme of ["light", "dark"] as const) {
    if (contrastRatio(color, THEMES[scheme].background) < SHAPE_CONTRAST)
      out[faintKey(scheme)] = true;
  }
  return out;
}
