import { useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { CHANGE_TAGS, compareSteps, tagOf } from "../../domain/analysis";
import type { ChangeTag } from "../../domain/analysis";
import { timelineSteps } from "../../domain/view";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { usePublishEmphasis } from "../analysis/usePublishEmphasis";
import { ChangeKey } from "./ChangeKey";
import { ChangeList } from "./ChangeList";
import { StepSelect } from "./StepSelect";
import "./changes.css";

const selectChanges = (s: EntenteState) => ({
  graph: s.graph,
  mode: s.view.mode,
  select: s.select,
});

/**
 * What changed between two timeline steps, pair by pair: warmed, soured, began, ended. Opens on
 * the first period against the last; the relationships involved are lit in the graph.
 */
export function ChangesPanel({ active }: { active: boolean }) {
  const { graph, mode, select } = useEntente(useShallow(selectChanges));
  const steps = useMemo(() => timelineSteps(graph), [graph]);
  const [between, setBetween] = useState(() => ({
    from: 0,
    to: Math.max(0, graph.periods.length - 1),
  }));
  const from = steps[between.from]?.period ?? null;
  const to = steps[between.to]?.period ?? null;
  const changes = useMemo(() => compareSteps(graph, from, to, mode), [graph, from, to, mode]);
  const lit = useMemo(
    () => (changes.length > 0 ? new Set(changes.flatMap((c) => [...c.edges, ...c.pair])) : null),
    [changes],
  );
  const marks = useMemo(
    () => new Map<string, ChangeTag>(changes.flatMap((c) => c.edges.map((id) => [id, tagOf(c)]))),
    [changes],
  );
  usePublishEmphasis(active, lit, marks);

  const counts = CHANGE_TAGS.map(
    (tag) => [tag, changes.filter((c) => tagOf(c) === tag).length] as const,
  );
  // "shifted" (neither warmer nor cooler) is rare: named only when it happened.
  const shown = counts.filter(([tag, n]) => n > 0 || tag !== "shifted");
  const same = between.from === between.to;
  return (
    <section className="changes" aria-label="Changes">
      <p className="analysis-intro">
        How relationships moved from one step of the timeline to another.
      </p>
      <div className="changes-steps">
        <StepSelect
          label="From step"
          steps={steps}
          value={between.from}
          onChange={(i) => setBetween({ ...between, from: i })}
        />
        <StepSelect
          label="To step"
          steps={steps}
          value={between.to}
          onChange={(i) => setBetween({ ...between, to: i })}
        />
      </div>
      {changes.length === 0 ? (
        <p className="analysis-note" role="status">
          {graph.periods.length === 0
            ? "This graph has no timeline to compare."
            : same
              ? "Choose two different steps to compare."
              : "Nothing changed between these steps."}
        </p>
      ) : (
        <>
          <ul className="change-counts" aria-label="Changes by kind">
            {shown.map(([tag, n]) => (
              <li key={tag} className={`change-count change-tag--${tag}`}>
                <strong>{n}</strong> {tag}
              </li>
            ))}
          </ul>
          <ChangeKey tags={shown.map(([tag]) => tag)} />
          <ChangeList graph={graph} changes={changes} onSelect={select} />
        </>
      )}
    </section>
  );
}
