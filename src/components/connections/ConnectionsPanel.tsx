import { useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { endLabel } from "../../domain/model/labels";
import { pathHops, shortestPaths } from "../../domain/analysis";
import { selectShown, useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { usePublishEmphasis } from "../analysis/usePublishEmphasis";
import { EntitySelect } from "./EntitySelect";
import { entityOptions } from "./entityOptions";
import { HopItem } from "./HopItem";
import { RouteSwitch } from "./RouteSwitch";
import "./connections.css";

/** Shortest routes offered at most: enough to compare, few enough to read. */
const MAX_ROUTES = 5;

const selectConnections = (s: EntenteState) => ({
  graph: s.graph,
  shown: selectShown(s),
  allTime: s.view.period === null,
  select: s.select,
});

/**
 * How two entities are connected in the graph as shown (timeline, filters and certainty
 * respected): the shortest routes between them, hop by hop, each with a quote, lit in the graph.
 */
export function ConnectionsPanel({ active }: { active: boolean }) {
  const { graph, shown, allTime, select } = useEntente(useShallow(selectConnections));
  const [ends, setEnds] = useState({ from: "", to: "" });
  const [route, setRoute] = useState(0);
  const options = useMemo(() => entityOptions(graph, shown.nodes), [graph, shown]);
  const { from, to } = ends;
  const paths = useMemo(
    () => (from && to ? shortestPaths(graph, shown, from, to, MAX_ROUTES) : null),
    [graph, shown, from, to],
  );
  const path = paths?.[Math.min(route, paths.length - 1)];
  const lit = useMemo(() => (path ? new Set([...path.nodes, ...path.edges]) : null), [path]);
  usePublishEmphasis(active, lit);

  const choose = (end: "from" | "to") => (id: string) => {
    setEnds({ ...ends, [end]: id });
    setRoute(0);
  };
  const names = `${endLabel(graph, from)} and ${endLabel(graph, to)}`;
  let message: string | null = null;
  if (!from || !to) message = "Choose two entities to see how the graph connects them.";
  else if (from === to) message = "From and To are the same entity: choose two different ones.";
  else if (!shown.nodes.has(from) || !shown.nodes.has(to) || paths?.length === 0)
    message = `No connection between ${names} at this step${allTime ? " with these filters" : " — try All time"}.`;

  return (
    <section className="connections" aria-label="Connections">
      <p className="analysis-intro">
        The shortest routes between two entities in the graph as shown, over relationships current
        at this step; ended ones only when nothing current connects them.
      </p>
      <div className="connections-ends">
        <EntitySelect
          label="From"
          graph={graph}
          value={from}
          options={options}
          onChange={choose("from")}
        />
        <EntitySelect
          label="To"
          graph={graph}
          value={to}
          options={options}
          onChange={choose("to")}
        />
      </div>
      {message !== null ? (
        <p className="analysis-note" role="status">
          {message}
        </p>
      ) : (
        path &&
        paths && (
          <>
            <RouteSwitch
              index={paths.indexOf(path)}
              count={paths.length}
              hops={path.edges.length}
              onChange={setRoute}
            />
            <ol className="path" aria-label="Path">
              {pathHops(graph, path).map((hop) => (
                <HopItem
                  key={hop.edge.id}
                  graph={graph}
                  hop={hop}
                  past={shown.past.has(hop.edge.id)}
                  onSelect={select}
                />
              ))}
            </ol>
          </>
        )
      )}
    </section>
  );
}
