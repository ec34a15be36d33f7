import type { Core, EdgeSingular, SingularElementArgument, StylesheetJson } from "cytoscape";
import { CHANGE_TAGS } from "../domain/analysis";
import type { ChangeTag } from "../domain/analysis";
import { toCyId } from "./elements";
import type { Theme } from "./palette";

/**
 * Each kind's mark, told apart by a glyph in the label and a marker at the middle of the line as
 * well as by colour, so it reads without colour. The Changes key shows the same glyphs.
 */
export const CHANGE_MARK: Record<ChangeTag, { glyph: string; marker: string }> = {
  warmed: { glyph: "▲", marker: "triangle" },
  soured: { glyph: "▼", marker: "tee" },
  shifted: { glyph: "◆", marker: "diamond" },
  began: { glyph: "●", marker: "circle" },
  ended: { glyph: "□", marker: "square" },
};

const colourOf = (theme: Theme, kind: ChangeTag) =>
  ({
    warmed: theme.stance.alliance,
    soured: theme.stance.rivalry,
    shifted: theme.focus,
    began: theme.selection,
    ended: theme.text,
  })[kind];

/** The canvas styles of the marks: after the focus styles, so a changed line shows its kind. */
export const changeMarkStyles = (theme: Theme): StylesheetJson =>
  [
    ...CHANGE_TAGS.map((kind) => ({
      selector: `edge.change-${kind}`,
      style: {
        label: `${CHANGE_MARK[kind].glyph} ${kind}`,
        color: colourOf(theme, kind),
        "font-weight": "bold",
        "mid-target-arrow-shape": CHANGE_MARK[kind].marker,
        "mid-target-arrow-color": colourOf(theme, kind),
        "mid-target-arrow-fill": kind === "ended" ? "hollow" : "filled",
        "arrow-scale": 1.4,
        "underlay-color": colourOf(theme, kind),
        "underlay-padding": 4,
        "underlay-opacity": 0.3,
      },
    })),
    // Where "▲ warmed" has no room, the sign alone, level, just above the mid-line marker it
    // names (declutter.ts).
    ...CHANGE_TAGS.map((kind) => ({
      selector: `edge.change-${kind}.${SHORT_LABEL}`,
      style: {
        label: CHANGE_MARK[kind].glyph,
        "text-rotation": "none",
        "text-margin-y": -SIGN_LIFT,
      },
    })),
  ] as StylesheetJson;

/** How far a change's sign is lifted off its line, in model px: clear of the marker. */
export const SIGN_LIFT = 12;

/** The class declutter.ts gives an edge drawn with its short label: its sign, or its count. */
export const SHORT_LABEL = "label-short";

/** An edge's short label: its change's sign, else its pair count; "" when it has none. */
export function shortLabelOf(edge: EdgeSingular): string {
  const kind = CHANGE_TAGS.find((tag) => edge.hasClass(`change-${tag}`));
  return kind ? CHANGE_MARK[kind].glyph : String(edge.data("pairCount") ?? "");
}

/** A changed line: the Changes tab asks for it, so its sign outranks its lesser end's name. */
export const isChanged = (edge: EdgeSingular): boolean =>
  CHANGE_TAGS.some((tag) => edge.hasClass(`change-${tag}`));

// What each canvas carries now, by element (not id: a new graph's elements start unmarked).
const marked = new WeakMap<Core, Map<SingularElementArgument, ChangeTag>>();

/**
 * Puts each kind's class on the lines in `marks` (edge id → kind) and takes it off the rest.
 * Only lines whose mark changed are touched: a timeline step calls this with every step.
 */
export function markChanges(cy: Core, marks: ReadonlyMap<string, ChangeTag> | null): void {
  const before = marked.get(cy) ?? new Map<SingularElementArgument, ChangeTag>();
  const after = new Map<SingularElementArgument, ChangeTag>();
  for (const [id, kind] of marks ?? []) {
    const edge = cy.getElementById(toCyId(id));
    if (edge.nonempty()) after.set(edge, kind);
  }
  cy.batch(() => {
    for (const [edge, kind] of before)
      if (after.get(edge) !== kind) edge.removeClass(`change-${kind}`);
    for (const [edge, kind] of after)
      if (before.get(edge) !== kind) edge.addClass(`change-${kind}`);
  });
  marked.set(cy, after);
}
