// A Gephi-shaped dynamic GEXF of any size, for timing the importer: 40% nodes with a label, a
// modularity class, viz size, colour and position, and yearly spells on a third of everything.
import { intBetween, mulberry32 } from "./random";

export function gephiGexf(elements: number, seed = 1): string {
  const random = mulberry32(seed);
  const nodes = Math.round(elements * 0.4);
  const edges = elements - nodes;
  const spell = () => {
    const start = intBetween(random, 1990, 2020);
    return `<spells><spell start="${start}-01-01" end="${start + intBetween(random, 0, 5)}-12-31"/></spells>`;
  };
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">`,
    `  <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10.1</creator><description></description></meta>`,
    `  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">`,
    `    <attributes class="node" mode="static"><attribute id="modularity_class" title="Modularity Class" type="integer"/></attributes>`,
    `    <nodes>`,
  ];
  for (let i = 0; i < nodes; i++) {
    const dated = random() < 1 / 3 ? spell() : "";
    lines.push(
      `      <node id="${i}" label="Person ${i}"><attvalues><attvalue for="modularity_class" value="${i % 12}"/></attvalues>${dated}` +
        `<viz:size value="10.0"/><viz:position x="${(random() * 4000 - 2000).toFixed(3)}" y="${(random() * 4000 - 2000).toFixed(3)}" z="0.0"/><viz:color r="${intBetween(random, 0, 255)}" g="${intBetween(random, 0, 255)}" b="${intBetween(random, 0, 255)}"/></node>`,
    );
  }
  lines.push(`    </nodes>`, `    <edges>`);
  for (let i = 0; i < edges; i++) {
    const [source, target] = [intBetween(random, 0, nodes - 1), intBetween(random, 0, nodes - 1)];
    const dated = random() < 1 / 3 ? spell() : "";
    lines.push(
      `      <edge id="${i}" source="${source}" target="${target}" weight="1.0">${dated}</edge>`,
    );
  }
  lines.push(`    </edges>`, `  </graph>`, `</gexf>`, ``);
  return lines.join("\n");
}
