import { memo, useCallback, useState } from "react";
import { NODE_KINDS } from "../../domain/model/types";
import type { NodeKind } from "../../domain/model/types";
import type { EntitySuggestion } from "../../domain/suggest/types";

export interface Accepted {
  suggestion: EntitySuggestion;
  name: string;
  kind: NodeKind;
}

interface Props {
  status: "idle" | "working" | "done" | "failed";
  /** How many names the text yielded at all, decided or not. */
  found: number;
  pending: readonly EntitySuggestion[];
  /** Accepted entities a suggestion can be merged into, besides other suggestions. */
  entities: readonly { id: string; label: string }[];
  onAccept: (items: Accepted[]) => void;
  onReject: (key: string) => void;
  /** `names` are the suggestion's own, which an entity it is merged into takes on. */
  onMerge: (
    key: string,
    into: { suggestion: string } | { entity: string },
    names: string[],
  ) => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

type Edit = { name?: string; kind?: NodeKind };
interface Target {
  value: string;
  label: string;
}
const NO_TARGETS: Target[] = [];

interface RowProps {
  suggestion: EntitySuggestion;
  edited: Edit | undefined;
  /** Whether there is anything to merge it into. */
  canMerge: boolean;
  /** What it can be merged into; only for the row being merged. */
  targets: Target[];
  target: string | undefined;
  onEdit: (key: string, patch: Edit) => void;
  onMerging: (key: string | null) => void;
  onTarget: (key: string, value: string) => void;
  onAccept: Props["onAccept"];
  onReject: Props["onReject"];
  onMerge: Props["onMerge"];
}

const accepted = (s: EntitySuggestion, edited: Edit | undefined): Accepted => ({
  suggestion: s,
  name: edited?.name ?? s.name,
  kind: edited?.kind ?? s.kind,
});

// Memoised on props that an edit elsewhere in the draft leaves alone: renaming an entity re-renders
// the panel (its merge targets changed) but not a hundred rows of suggestions.
const SuggestionRow = memo(function SuggestionRow({
  suggestion: s,
  edited,
  canMerge,
  targets,
  target: chosen,
  onEdit,
  onMerging,
  onTarget,
  onAccept,
  onReject,
  onMerge,
}: RowProps) {
  const item = accepted(s, edited);
  const target = chosen ?? targets[0]?.value ?? "";
  return (
    <li className="editor-suggestion">
      <input
        aria-label={`Name for ${s.name}`}
        value={item.name}
        onChange={(e) => onEdit(s.key, { name: e.target.value })}
      />
      <select
        aria-label={`Kind of ${s.name}`}
        value={item.kind}
        onChange={(e) => onEdit(s.key, { kind: e.target.value as NodeKind })}
      >
        {NODE_KINDS.map((k) => (
          <option key={k}>{k}</option>
        ))}
      </select>
      <span className="editor-meta">
        {plural(s.mentions.length, "mention")}
        {s.aliases.length > 0 && ` · also ${s.aliases.join(", ")}`}
      </span>
      <span className="editor-row-actions">
        <button type="button" onClick={() => onAccept([item])} aria-label={`Accept ${s.name}`}>
          Accept
        </button>
        <button type="button" onClick={() => onReject(s.key)} aria-label={`Reject ${s.name}`}>
          Reject
        </button>
        {targets.length === 0 && canMerge && (
          <button
            type="button"
            aria-label={`Merge ${s.name} into…`}
            onClick={() => onMerging(s.key)}
          >
            Merge…
          </button>
        )}
        {targets.length > 0 && (
          <>
            <select
              aria-label={`Merge ${s.name} into`}
              value={target}
              onChange={(e) => onTarget(s.key, e.target.value)}
            >
              {targets.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              aria-label={`Merge ${s.name}`}
              onClick={() => {
                onMerging(null);
                onMerge(
                  s.key,
                  target.startsWith("s:")
                    ? { suggestion: target.slice(2) }
                    : { entity: target.slice(2) },
                  [s.name, ...s.aliases],
                );
              }}
            >
              Merge
            </button>
            <button type="button" onClick={() => onMerging(null)}>
              Cancel
            </button>
          </>
        )}
      </span>
    </li>
  );
});

/** Proposed entities: each can be renamed, re-kinded, accepted, rejected or merged, in one action. */
// Memoised: an edit that leaves the pending suggestions and entity names alone skips it.
export const SuggestionsPanel = memo(function SuggestionsPanel({
  status,
  found,
  pending,
  entities,
  onAccept,
  onReject,
  onMerge,
}: Props) {
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [mergeTargets, setMergeTargets] = useState<Record<string, string>>({});
  const [merging, setMerging] = useState<string | null>(null);
  const edit = useCallback(
    (key: string, patch: Edit) => setEdits((all) => ({ ...all, [key]: { ...all[key], ...patch } })),
    [],
  );
  const pickTarget = useCallback(
    (key: string, value: string) => setMergeTargets((all) => ({ ...all, [key]: value })),
    [],
  );
  const canMerge = pending.length + entities.length > 1;

  return (
    <section className="editor-panel" aria-label="Suggestions">
      <div className="editor-panel-head">
        <h2>Suggested entities</h2>
        <button
          type="button"
          disabled={pending.length === 0}
          onClick={() => onAccept(pending.map((s) => accepted(s, edits[s.key])))}
        >
          Accept all
        </button>
      </div>
      <p className="editor-hint" role="status">
        {status === "working" && "Reading the article for names…"}
        {status === "failed" &&
          "Names could not be suggested; select passages to add entities yourself."}
        {status === "done" &&
          (found === 0
            ? "No names found in this text (no capitalised names of people, organisations or places). Select a passage to add an entity yourself."
            : pending.length === 0
              ? "No names left to suggest. Select a passage to add an entity or a relationship yourself."
              : `${plural(pending.length, "name")} found in the article. Each is only a proposal: accept, rename, merge or reject it.`)}
      </p>
      <ul className="editor-suggestions">
        {pending.map((s) => (
          <SuggestionRow
            key={s.key}
            suggestion={s}
            edited={edits[s.key]}
            canMerge={canMerge}
            // Only the row being merged lists the targets: every row listing every name is n².
            targets={
              merging !== s.key
                ? NO_TARGETS
                : [
                    ...pending
                      .filter((o) => o.key !== s.key)
                      .map((o) => ({ value: `s:${o.key}`, label: o.name })),
                    ...entities.map((e) => ({ value: `e:${e.id}`, label: `${e.label} (entity)` })),
                  ]
            }
            target={mergeTargets[s.key]}
            onEdit={edit}
            onMerging={setMerging}
            onTarget={pickTarget}
            onAccept={onAccept}
            onReject={onReject}
            onMerge={onMerge}
          />
        ))}
      </ul>
    </section>
  );
});
