import { useCallback, useEffect, useId, useMemo, useRef } from "react";
import type { RefObject } from "react";
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
import { useGrowingCount } from "./useGrowingCount";
import { usePassageHighlight } from "./usePassageHighlight";
import "./source.css";

const selectSource = (s: EntenteState) => ({
  graph: s.graph,
  selection: s.view.selection,
  select: s.select,
  story: s.view.story,
  passage: s.passage,
});

/**
 * Centres the first `selector` in the pane once per change of `cause`: when it is not rendered
 * yet (a long article still growing), as soon as it is.
 */
function useCentreOnce(
  pane: RefObject<HTMLElement | null>,
  selector: string,
  cause: unknown,
  shown: number,
): void {
  const done = useRef<{ cause: unknown } | null>(null);
  useEffect(() => {
    if (done.current?.cause === cause) return;
    const first = pane.current?.querySelector<HTMLElement>(selector);
    if (!pane.current || !first) return;
    centreInPane(pane.current, first);
    done.current = { cause };
  }, [pane, selector, cause, shown]);
}

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
  const shown = useGrowingCount(paragraphs.length, paragraphs);
  const selected = useMemo(() => ({ selection, graph }), [selection, graph]);
  useCentreOnce(pane, "mark.source-mark", selected, shown);
  useCentreOnce(pane, "mark.source-step", stepStart, shown);

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
        {paragraphs.slice(0, shown).map((paragraph, i) => (
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
