import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { draftToJson } from "../../domain/edit/draft";
import { idsOf, uniqueId } from "../../domain/edit/ids";
import type { Change } from "../../domain/edit/types";
import type { TextAnchor } from "../../domain/model/types";
import { suggestClaim } from "../../domain/suggest/claim";
import { withoutOverlaps } from "../../domain/suggest/mentions";
import { entityNames, pendingSuggestions } from "../../domain/suggest/pending";
import type { EntitySuggestion } from "../../domain/suggest/types";
import { acrossParagraphs, sentenceAround } from "../../domain/suggest/sentence";
import { ArticleView } from "../../components/editor/ArticleView";
import type { ArticleMark } from "../../components/editor/ArticleView";
import { ClaimForms } from "../../components/editor/ClaimForms";
import { DraftCanvas } from "./DraftCanvas";
import { EditorBar } from "../../components/editor/EditorBar";
import { EntitiesPanel } from "../../components/editor/EntitiesPanel";
import { PassageBox } from "../../components/editor/PassageBox";
import { ProblemsPanel } from "../../components/editor/ProblemsPanel";
import { RelationshipsPanel } from "../../components/editor/RelationshipsPanel";
import { ScrollBox } from "../../components/editor/scrollBox";
import { SuggestionsPanel } from "../../components/editor/SuggestionsPanel";
import type { Accepted } from "../../components/editor/SuggestionsPanel";
import { downloadBlob, slugify } from "../../components/toolbar/download";
import type { EditorState, EditorStore } from "../../state/editor";
import { EditorProvider, useEditor } from "../../state/editorContext";
import type { SaveStatus } from "./useAutosave";
import { mentionsOf } from "./mentionCache";
import { sameItems, useStable } from "../../components/editor/useStable";
import { useProblems } from "./useProblems";
import { useSuggestions } from "./useSuggestions";

interface Props {
  store: EditorStore;
  save: SaveStatus;
  onPreview: () => void;
  onDrafts: () => void;
  onClose: () => void;
  onSaveCopy: () => void;
  /** Drops this tab's unsaved version and opens the one saved by another tab. */
  onOpenSaved: () => void;
}

const select = (s: EditorState) => ({
  doc: s.history.present,
  session: s.session,
  refusal: s.refusal,
});

const SAVE_TEXT: Record<SaveStatus["kind"], string> = {
  saved: "Draft saved in this browser",
  saving: "Saving…",
  conflict: "Not saved",
  quota: "Not saved",
  unavailable: "Not saved",
};

/** The editor: article and passage on the left, suggestions, entities and problems on the right. */
export function EditorScreen(props: Props) {
  return (
    <EditorProvider store={props.store}>
      <EditorBody {...props} />
    </EditorProvider>
  );
}

function EditorBody({ store, save, onPreview, onDrafts, onClose, onSaveCopy, onOpenSaved }: Props) {
  const { doc, session, refusal } = useEditor(useShallow(select));
  const change = useEditor((s) => s.change);
  const text = doc.source.text;
  const { status, suggestions } = useSuggestions(text, doc.source.published);
  const { problems, checked, checking } = useProblems(doc);
  const [passage, setPassage] = useState<TextAnchor | null>(null);
  const [lists, setLists] = useState<HTMLElement | null>(null);

  const pending = useStable(
    useMemo(
      () => pendingSuggestions(suggestions.entities, doc, session),
      [suggestions.entities, doc, session],
    ),
    sameItems<EntitySuggestion>(),
  );
  // Unchanged by most edits (a move, a quote, a kind): the marks and the article then stay as they were.
  const named = useStable(
    useMemo(() => entityNames(doc, session), [doc, session]),
    sameItems((a, b) => a.id === b.id && sameItems<string>()(a.names, b.names)),
  );
  const entities = useStable(
    useMemo(() => doc.nodes.map((n) => ({ id: n.id, label: n.label })), [doc.nodes]),
    sameItems((a, b) => a.id === b.id && a.label === b.label),
  );
  // The article's marks follow an edit in a render of their own, after the frame that shows the
  // edit where it was made: on a long article, re-marking it doubled the cost of a rename.
  const markedNames = useDeferredValue(named);
  const markedPending = useDeferredValue(pending);
  const marks = useMemo((): ArticleMark[] => {
    const entity = markedNames.flatMap((e) =>
      e.names.flatMap((n) =>
        mentionsOf(text, n).map((m) => ({
          ...m,
          tone: "entity" as const,
          title: e.names[0] ?? n,
        })),
      ),
    );
    const suggested = markedPending.flatMap((s) =>
      s.mentions.map((m) => ({ ...m, tone: "suggested" as const, title: `Suggested: ${s.name}` })),
    );
    return withoutOverlaps([...entity, ...suggested]);
  }, [markedNames, markedPending, text]);

  const accept = useCallback(
    (items: Accepted[]) => {
      const taken = idsOf(store.getState().history.present);
      const aliases: Record<string, string[]> = {};
      const changes: Change[] = items.map(({ suggestion, name, kind }) => {
        const id = uniqueId(name, taken);
        taken.add(id);
        const others = [suggestion.name, ...suggestion.aliases].filter((n) => n !== name.trim());
        aliases[id] = others;
        const first = suggestion.mentions[0] ?? { start: 0, end: 0 };
        const sentence = sentenceAround(text, first);
        return {
          type: "addNode",
          node: {
            id,
            label: name.trim(),
            // Kept in the file too, so Search finds the entity by the names the article uses.
            ...(others.length > 0 && { aliases: others }),
            kind,
            evidence: [{ quote: text.slice(sentence.start, sentence.end).trim() }],
          },
        };
      });
      // The names come with the nodes, in the same undo step: they hide their suggestions at once.
      change(changes.length === 1 && changes[0] ? changes[0] : { type: "batch", changes }, {
        aliases: { ...store.getState().session.aliases, ...aliases },
      });
    },
    [store, change, text],
  );
  // Each decision is an undo step (the store's setSession), read from the store so these stay
  // the same functions between edits.
  const reject = useCallback(
    (key: string) => {
      const { session: now, setSession } = store.getState();
      setSession({ rejected: [...now.rejected, key] });
    },
    [store],
  );
  const merge = useCallback(
    (key: string, into: { suggestion: string } | { entity: string }, names: string[]) => {
      const { session: now, setSession } = store.getState();
      if ("suggestion" in into) setSession({ merged: { ...now.merged, [key]: into.suggestion } });
      else
        setSession({
          aliases: {
            ...now.aliases,
            [into.entity]: [...(now.aliases[into.entity] ?? []), ...names],
          },
        });
    },
    [store],
  );

  const exportGraph = () => {
    downloadBlob(
      new Blob([draftToJson(doc)], { type: "application/json" }),
      `${slugify(doc.title)}.json`,
    );
  };
  const crossing = passage !== null && acrossParagraphs(text, passage);
  const claim = passage && !crossing ? suggestClaim(text, passage, named) : null;
  const passageDate = passage
    ? suggestions.dates.find((d) => d.start >= passage.start && d.end <= passage.end)?.date
    : undefined;
  const saveProblem = save.kind !== "saved" && save.kind !== "saving";

  return (
    <div className="editor">
      <EditorBar
        saveText={SAVE_TEXT[save.kind]}
        saveProblem={saveProblem}
        onExport={exportGraph}
        onPreview={onPreview}
        onDrafts={onDrafts}
        onClose={onClose}
      />
      {saveProblem && "message" in save && (
        <div role="alert" className="editor-banner">
          <p>{save.message}</p>
          {save.kind === "conflict" && (
            <>
              <button type="button" onClick={onSaveCopy}>
                Save my version as a copy
              </button>
              <button type="button" onClick={onOpenSaved}>
                Open the other version
              </button>
            </>
          )}
          <button type="button" onClick={exportGraph}>
            Export graph
          </button>
        </div>
      )}
      {refusal && (
        <div role="alert" className="editor-banner editor-banner--refusal">
          <p>{refusal}</p>
          <button type="button" onClick={() => store.getState().clearRefusal()}>
            OK
          </button>
        </div>
      )}
      <main className="editor-main">
        <section className="editor-column editor-source" aria-label="Article and passage">
          <h2 className="editor-source-title">{doc.source.title}</h2>
          <ArticleView text={text} marks={marks} passage={passage} onSelect={setPassage} />
        </section>
        <section className="editor-column editor-claim" aria-label="Selected passage">
          <DraftCanvas />
          <PassageBox text={text} passage={passage} onPassage={setPassage} />
          {crossing && (
            <p role="alert" className="editor-error">
              The passage runs across paragraphs. A quote stays within one paragraph: select up to
              the paragraph's end, and add the rest as a second quote.
            </p>
          )}
          {passage && claim && (
            <ClaimForms
              key={`${passage.start}:${passage.end}`}
              text={text}
              passage={passage}
              suggestion={claim}
              date={passageDate}
              onDone={() => setPassage(null)}
            />
          )}
        </section>
        <section ref={setLists} className="editor-column editor-lists" aria-label="Graph so far">
          <ScrollBox value={lists}>
            <SuggestionsPanel
              status={status}
              found={suggestions.entities.length}
              pending={pending}
              entities={entities}
              onAccept={accept}
              onReject={reject}
              onMerge={merge}
            />
            <EntitiesPanel />
            <RelationshipsPanel />
            <ProblemsPanel doc={checked} problems={problems} checking={checking} />
          </ScrollBox>
        </section>
      </main>
    </div>
  );
}
