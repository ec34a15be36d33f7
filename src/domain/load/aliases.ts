import { foldForSearch } from "../view/search";
import { describeValue, warning } from "./problems";
import { entries, field, list, text } from "./raw";
import type { Problem } from "../model/types";

/**
 * Aliases that add nothing (the label again, the same alias twice) or that name two entities at
 * once, so a search by that name finds both. Warnings: the graph still opens.
 */
export function checkAliases(doc: unknown): Problem[] {
  const out: Problem[] = [];
  // Folded name → the node it names, and whether as its label or an alias.
  const owners = new Map<string, { node: number; as: string }>();
  for (const [node, i] of entries(doc, "nodes")) {
    const label = text(field(node, "label"));
    if (label !== undefined) owners.set(foldForSearch(label), { node: i, as: "the label" });
  }
  for (const [node, i] of entries(doc, "nodes")) {
    const label = foldForSearch(text(field(node, "label")) ?? "");
    const seen = new Set<string>([label]);
    list(field(node, "aliases")).forEach((alias, j) => {
      if (typeof alias !== "string") return;
      const folded = foldForSearch(alias);
      if (folded === "") return;
      const path = ["nodes", i, "aliases", j];
      if (seen.has(folded)) {
        const what = folded === label ? "the label" : "an earlier alias";
        out.push(warning(path, `alias ${describeValue(alias)} repeats ${what}`, "remove it"));
        return;
      }
      seen.add(folded);
      const owner = owners.get(folded);
      if (owner !== undefined && owner.node !== i) {
        const message = `alias ${describeValue(alias)} is also ${owner.as} of nodes[${owner.node}]: a search for it finds both`;
        out.push(warning(path, message, "remove it, unless the source uses it for both"));
      } else owners.set(folded, { node: i, as: "an alias" });
    });
  }
  return out;
}
