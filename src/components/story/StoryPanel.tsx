import { flushSync } from "react-dom";
import type { KeyboardEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { storySteps } from "../../domain/story";
import { stepIndex, timelineSteps } from "../../domain/view";
import { useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { STORY_BUTTON_ID, STORY_NEXT_ID } from "./ids";
import "./story.css";

const selectStory = (s: EntenteState) => ({
  graph: s.graph,
  index: s.view.story,
  setStory: s.setStory,
});

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// Keys typed into a form control are the control's own.
const isField = (target: EventTarget) =>
  target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);

/**
 * The story, a step at a time: what the step is about and where in time it is. Moving on sets the
 * timeline to the step's period; the graph spotlights its elements and Source marks its paragraph.
 */
export function StoryPanel() {
  const { graph, index, setStory } = useEntente(useShallow(selectStory));
  const steps = storySteps(graph);
  const step = index === null ? undefined : steps[index];
  if (index === null || !step) return null;

  const last = steps.length - 1;
  const go = (to: number) => setStory(Math.min(last, Math.max(0, to)));
  const exit = () => {
    // Rendered before focusing: the Story button only comes back once story mode is off.
    flushSync(() => setStory(null));
    document.getElementById(STORY_BUTTON_ID)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (isField(event.target)) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => go(index - 1),
      ArrowRight: () => go(index + 1),
      Escape: exit,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };
  const when = timelineSteps(graph)[stepIndex(graph, step.period)]?.label;
  const shows = [
    step.nodes.length > 0 && count(step.nodes.length, "entity", "entities"),
    step.edges.length > 0 && count(step.edges.length, "relationship", "relationships"),
  ].filter(Boolean);

  return (
    <section className="pane story" aria-label="Story" onKeyDown={onKeyDown}>
      <div className="story-head">
        <p className="story-count" aria-live="polite">
          Step {index + 1} of {steps.length}
        </p>
        <button type="button" className="link-button" onClick={exit}>
          Exit story
        </button>
      </div>
      <h2 className="story-title">{step.title}</h2>
      <p className="story-meta">
        {[when, shows.length > 0 && `shows ${shows.join(" and ")}`].filter(Boolean).join(" · ")}
      </p>
      {step.text && step.text !== step.title && (
        // A derived step's text is its paragraph, marked in Source: a few lines here suffice.
        <p className={step.authored ? "story-text" : "story-text story-text--excerpt"}>
          {step.text}
        </p>
      )}
      <div className="story-nav">
        {/* aria-disabled, not disabled: focus stays put at either end, and so do the arrow keys. */}
        <button
          type="button"
          className="story-button"
          onClick={() => go(index - 1)}
          aria-disabled={index === 0}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <progress
          className="story-progress"
          max={steps.length}
          value={index + 1}
          aria-hidden="true"
        />
        <button
          type="button"
          id={STORY_NEXT_ID}
          className="story-button story-button--primary"
          onClick={() => go(index + 1)}
          aria-disabled={index === last}
        >
          Next <span aria-hidden="true">→</span>
        </button>
      </div>
    </section>
  );
}
