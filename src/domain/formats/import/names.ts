// Kept apart from the readers, so the Open button and the file checks do not load a parser.

export const OPENS =
  "Entente opens its own JSON graphs, GEXF (Gephi), GraphML, graphology JSON (Gephi Lite), Cytoscape JSON (.cyjs, cy.json()), JSON Graph Format, networkx node-link JSON, SIF and CSV/TSV spreadsheets";

/** Every extension the Open dialog offers. */
export const EXTENSIONS = [
  ".json",
  ".gexf",
  ".graphml",
  ".xml",
  ".cyjs",
  ".jgf",
  ".sif",
  ".csv",
  ".tsv",
  ".txt",
];
