import { flushSync } from "react-dom";
import { useShallow } from "zustand/react/shallow";
import { hasStorySteps } from "../../domain/story";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { STORY_BUTTON_ID, STORY_NEXT_ID } from "./ids";
import "./story.css";

const selectStart = (s: EntenteState) => ({ graph: s.graph, setStory: s.setStory });

/** Enters story mode at its first step; absent when the graph has nothing to tell step by step. */
export function StoryButton() {
  const { graph, setStory } = useEntente(useShallow(selectStart));
  if (!hasStorySteps(graph)) return null;
  const start = () => {
    flushSync(() => setStory(0));
    // Into the Story region, where the arrow keys then turn the pages.
    document.getElementById(STORY_NEXT_ID)?.focus();
  };
  return (
    <button
      type="button"
      id={STORY_BUTTON_ID}
      className="story-start"
      onClick={start}
      title="Walk through the article step by step"
    >
      <span aria-hidden="true">▶</span> Story
    </button>
  );
}
