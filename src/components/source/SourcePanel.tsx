import { useEffect, useMemo, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { formatDate } from "../../domain/dates";
import { describeEdge } from "../../domain/labels";
import { segmentParagraphs } from "../../domain/segments";
import type { Graph } from "../../domain/types";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { evidenceRanges } from "./evidenceRanges";
import { Passage } from "./Passage";
import { centreInPane, SOURCE_PANEL_ID } from "./reveal";
import "./source.css";

const selectSource = (s: EntenteState) => ({
  graph: s.graph,
  selection: s.view.selection,
  select: s.select,
});

function elementLabel(graph: Graph, id: string): string {
  const edge = graph.edgeById.get(id);
  return edge ? describeEdge(graph, edge) : (graph.nodeById.get(id)?.label ?? id);
}

/** The article itself, with the selected element's quotes highlighted where they stand. */
export function SourcePanel() {
  const { graph, selection, select } = useEntente(useShallow(selectSource));
  const { source } = graph;
  // Cut once per graph by every quote; a selection change only decides which runs are marked.
  const paragraphs = useMemo(
    () => segmentParagraphs(source.text, evidenceRanges(graph)),
    [graph, source.text],
  );
  const pane = useRef<HTMLElement>(null);

  useEffect(() => {
    const first = pane.current?.querySelector<HTMLElement>("mark");
    if (pane.current && first) centreInPane(pane.current, first);
  }, [selection, graph]);

  // The article opens with its photo credit; set it as a caption rather than as prose.
  const firstLine = paragraphs[0]?.segments.map((s) => s.text).join("");
  const creditLine = source.credit !== undefined && firstLine === source.credit;
  const meta = [source.publisher, source.published && formatDate(source.published)].filter(Boolean);
  const label = (id: string) => elementLabel(graph, id);

  return (
    <section
      id={SOURCE_PANEL_ID}
      ref={pane}
      className="pane source"
      aria-label="Source"
      // Focusable so the keyboard can scroll the article even when it holds nothing else to focus.
      tabIndex={0}
    >
      <p className="pane-eyebrow">Source</p>
      <h2 className="source-title">{source.title}</h2>
      {(meta.length > 0 || source.url) && (
        <p className="source-meta">
          {meta.join(" · ")}
          {source.url && (
            <>
              {meta.length > 0 && " · "}
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                Original article
              </a>
            </>
          )}
        </p>
      )}
      <div className="source-text">
        {paragraphs.map((paragraph, i) => (
          <p key={paragraph.start} className={i === 0 && creditLine ? "source-credit" : undefined}>
            {paragraph.segments.map((segment) => (
              <Passage
                key={segment.start}
                segment={segment}
                selection={selection}
                label={label}
                onSelect={select}
              />
            ))}
          </p>
        ))}
      </div>
    </section>
  );
}
