import { useCallback, useEffect, useId, useMemo, useRef } from "react";
import { useShallow } from "zustand/react/shallow";
import { formatDate } from "../../domain/model/dates";
import { webLink } from "../../domain/open/url";
import { describeEdge } from "../../domain/model/labels";
import { segmentParagraphs } from "../../domain/view/segments";
import { storySteps } from "../../domain/story";
import { StoryButton } from "../story/StoryButton";
import type { Graph } from "../../domain/model/types";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { evidenceRanges } from "./evidenceRanges";
import { useReadAlongHandlers } from "./readAlongHandlers";
import { centreInPane, SOURCE_PANEL_ID } from "./reveal";
import { SourceParagraph } from "./SourceParagraph";
import { useRovingParagraphs } from "./useRovingParagraphs";
import { usePassageHighlight } from "./usePassageHighlight";
import "./source.css";

const selectSource = (s: EntenteState) => ({
  graph: s.graph,
  selection: s.view.selection,
  select: s.select,
  story: s.view.story,
  passage: s.passage,
});

function elementLabel(graph: Graph, id: string): string {
  const edge = graph.edgeById.get(id);
  return edge ? describeEdge(graph, edge) : (graph.nodeById.get(id)?.label ?? id);
}

/**
 * The article itself, with the selected element's quotes highlighted where they stand, the story
 * step's paragraph marked, and read-along: point at, focus or select text to see what it supports.
 */
export function SourcePanel() {
  const { graph, selection, select, story, passage } = useEntente(useShallow(selectSource));
  const { source } = graph;
  // Cut once per graph by every quote; a selection change only decides which runs are marked.
  const paragraphs = useMemo(
    () => segmentParagraphs(source.text, evidenceRanges(graph)),
    [graph, source.text],
  );
  const pane = useRef<HTMLElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const readAlong = useReadAlongHandlers();
  const roving = useRovingParagraphs(text, paragraphs.length, readAlong);
  usePassageHighlight(text, passage);
  const stepStart = story === null ? undefined : storySteps(graph)[story]?.range?.start;

  useEffect(() => {
    const first = pane.current?.querySelector<HTMLElement>("mark.source-mark");
    if (pane.current && first) centreInPane(pane.current, first);
  }, [selection, graph]);

  useEffect(() => {
    const step = pane.current?.querySelector<HTMLElement>("mark.source-step");
    if (pane.current && step) centreInPane(pane.current, step);
  }, [stepStart]);

  // The article opens with its photo credit; set it as a caption rather than as prose.
  const firstLine = paragraphs[0]?.segments.map((s) => s.text).join("");
  const creditLine = source.credit !== undefined && firstLine === source.credit;
  const meta = [source.publisher, source.published && formatDate(source.published)].filter(Boolean);
  const link = webLink(source.url);
  const label = useCallback((id: string) => elementLabel(graph, id), [graph]);

  return (
    <section
      id={SOURCE_PANEL_ID}
      ref={pane}
      className="pane source"
      aria-label="Source"
      // Focusable so the keyboard can scroll the article when it holds no paragraph to focus.
      tabIndex={paragraphs.length === 0 ? 0 : undefined}
    >
      <div className="source-bar">
        <p className="pane-eyebrow">Source</p>
        {story === null && <StoryButton />}
      </div>
      <h2 className="source-title">{source.title}</h2>
      {(meta.length > 0 || link) && (
        <p className="source-meta">
          {meta.join(" · ")}
          {link && (
            <>
              {meta.length > 0 && " · "}
              <a href={link} rel="noreferrer noopener" target="_blank">
                Original article
              </a>
            </>
          )}
        </p>
      )}
      <p id={hintId} hidden>
        Press Enter to list what this passage supports.
      </p>
      {source.text === "" && (
        <p className="details-muted">
          No source text: this graph came from another tool&apos;s file. Quotes can be added once
          the article it is drawn from is pasted in.
        </p>
      )}
      <div ref={text} className="source-text" {...readAlong} {...roving.handlers}>
        {paragraphs.map((paragraph, i) => (
          <SourceParagraph
            key={paragraph.start}
            paragraph={paragraph}
            credit={i === 0 && creditLine}
            step={paragraph.start === stepStart}
            tabStop={i === roving.stop}
            hintId={hintId}
            selection={selection}
            label={label}
            onSelect={select}
          />
        ))}
      </div>
    </section>
  );
}
