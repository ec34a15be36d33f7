import { useShallow } from "zustand/react/shallow";
import { formatDate } from "../domain/model/dates";
import { useEntente } from "../state";
import type { EntenteState } from "../state";
import { unsourcedCount } from "../components/filters/SourcingFilter";
import { ValidationStatus } from "./ValidationStatus";

const selectHeader = (s: EntenteState) => ({
  graph: s.graph,
  problems: s.problems,
  digest: s.problemDigest,
  origin: s.origin,
});

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The graph's title, where it comes from, how big it is and whether it checked out. */
export function AppHeader() {
  const { graph, problems, digest, origin } = useEntente(useShallow(selectHeader));
  const { source } = graph;
  const sourceLine = [
    `Source: ${source.title}`,
    source.publisher,
    source.published && formatDate(source.published),
    source.credit && `Photo: ${source.credit}`,
    origin && `Loaded from ${origin}`,
  ].filter(Boolean);
  const counts = [
    count(graph.nodes.length, "entity", "entities"),
    count(graph.edges.length, "relationship", "relationships"),
    count(graph.periods.length, "period", "periods"),
  ];
  const waiting = unsourcedCount(graph);
  if (waiting > 0) counts.push(`${waiting} with no source yet`);
  return (
    <header className="app-header">
      {/* React hoists this into <head>: the tab and bookmarks name the story, not just the app. */}
      <title>{`${graph.title} — Entente`}</title>
      <div className="app-header-main">
        <h1 className="app-title">{graph.title}</h1>
        <p className="app-source">{sourceLine.join(" · ")}</p>
      </div>
      <div className="app-header-side">
        <p className="app-counts">{counts.join(" · ")}</p>
        <ValidationStatus graph={graph} problems={problems} digest={digest} />
      </div>
    </header>
  );
}
