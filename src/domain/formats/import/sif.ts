import { ImportBuilder } from "./builder";
import type { ImportOutcome } from "./report";

/**
 * Simple Interaction Format (Cytoscape): `source relation target [target…]` per line, tab-separated
 * when the file has tabs (names may then hold spaces), else by spaces; a lone name is a node.
 */
export function importSif(text: string, file?: string): ImportOutcome {
  const b = new ImportBuilder("SIF file (Simple Interaction Format, Cytoscape)");
  const tabs = text.includes("\t");
  let lines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const parts = (tabs ? line.split("\t") : line.trim().split(/\s+/))
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length === 0) continue;
    lines++;
    const [source, relation, ...targets] = parts;
    if (source === undefined) continue;
    if (relation === undefined) {
      if (!b.hasNode(source)) b.node({ id: source });
      continue;
    }
    if (targets.length === 0)
      b.count("warning", "lines with a relation but no target were dropped");
    for (const target of targets) b.edge({ source, target, relation });
    b.map("SIF relation", "relation and stance");
  }
  b.report.read.push(`${lines.toLocaleString("en-US")} lines`);
  return b.finish("", file);
}
