import { useState } from "react";
import type { FormEvent } from "react";
import { uniqueId, idsOf } from "../../domain/edit/ids";
import type { DraftEvidence } from "../../domain/edit/types";
import { CERTAINTIES, STANCES } from "../../domain/model/types";
import type { Certainty, NodeKind, Stance, TextAnchor } from "../../domain/model/types";
import { NODE_KINDS } from "../../domain/model/types";
import type { ClaimSuggestion } from "../../domain/suggest/claim";
import { selectDoc, useEditor } from "../../state/editorContext";

interface Props {
  text: string;
  passage: TextAnchor;
  suggestion: ClaimSuggestion;
  /** A date written inside the passage, if any. */
  date?: string;
  onDone: () => void;
}

const clean = (value: string) => (value.trim() === "" ? undefined : value.trim());

/** What to make of a selected passage: evidence, a relationship, an event or an entity. */
export function ClaimForms({ text, passage, suggestion, date, onDone }: Props) {
  const doc = useEditor(selectDoc);
  const change = useEditor((s) => s.change);
  const quote = text.slice(passage.start, passage.end).trim();
  const [certainty, setCertainty] = useState<Certainty>(suggestion.certainty);
  const [attribution, setAttribution] = useState(suggestion.attribution ?? "");
  const evidence = (): DraftEvidence => {
    const e: DraftEvidence = { quote, certainty };
    const who = clean(attribution);
    return who ? { ...e, attribution: who } : e;
  };
  const owners = [
    ...doc.nodes.map((n) => ({ id: n.id, label: n.label })),
    ...doc.edges.map((e) => ({
      id: e.id,
      label: `${doc.nodes.find((n) => n.id === e.source)?.label ?? e.source} ${e.relation} ${doc.nodes.find((n) => n.id === e.target)?.label ?? e.target}`,
    })),
  ];
  const [owner, setOwner] = useState(suggestion.mentioned[0] ?? owners[0]?.id ?? "");
  const [from, setFrom] = useState(suggestion.mentioned[0] ?? "");
  const [to, setTo] = useState(suggestion.mentioned[1] ?? "");
  const [stance, setStance] = useState<Stance>("alliance");
  const [relation, setRelation] = useState("");
  const [start, setStart] = useState(date ?? "");
  const [end, setEnd] = useState("");
  const [approximate, setApproximate] = useState(false);
  const [eventName, setEventName] = useState("");
  const [eventDate, setEventDate] = useState(date ?? "");
  const [entityName, setEntityName] = useState(quote.length <= 60 ? quote : "");
  const [entityKind, setEntityKind] = useState<NodeKind>("person");

  const submit = (make: () => boolean) => (event: FormEvent) => {
    event.preventDefault();
    if (make()) onDone();
  };
  const addEvidence = () => change({ type: "addEvidence", owner, evidence: evidence() });
  const addEdge = () =>
    change({
      type: "addEdge",
      edge: {
        id: uniqueId(`${from}-${relation}-${to}`, idsOf(doc)),
        source: from,
        target: to,
        stance,
        relation: relation.trim(),
        ...(clean(start) && { start: clean(start) }),
        ...(clean(end) && { end: clean(end) }),
        ...(approximate && { approximate: true as const }),
        evidence: [evidence()],
      },
    });
  const addNode = (label: string, kind: NodeKind, nodeDate?: string) =>
    change({
      type: "addNode",
      node: {
        id: uniqueId(label, idsOf(doc)),
        label: label.trim(),
        kind,
        ...(nodeDate && { date: nodeDate }),
        evidence: [evidence()],
      },
    });
  const entityOptions = doc.nodes.map((n) => (
    <option key={n.id} value={n.id}>
      {n.label}
    </option>
  ));

  return (
    <div className="editor-claims">
      <fieldset className="editor-fieldset">
        <legend>How the passage says it</legend>
        <label>
          Certainty
          <select value={certainty} onChange={(e) => setCertainty(e.target.value as Certainty)}>
            {CERTAINTIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Attribution
          <input
            value={attribution}
            onChange={(e) => setAttribution(e.target.value)}
            placeholder="who says so (optional)"
          />
        </label>
      </fieldset>

      <form className="editor-fieldset" aria-label="Evidence for…" onSubmit={submit(addEvidence)}>
        <h3>Evidence for…</h3>
        <label>
          Entity or relationship
          <select value={owner} onChange={(e) => setOwner(e.target.value)}>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={owners.length === 0}>
          Add as evidence
        </button>
      </form>

      <form className="editor-fieldset" aria-label="New relationship" onSubmit={submit(addEdge)}>
        <h3>New relationship</h3>
        <label>
          From
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="">Pick an entity</option>
            {entityOptions}
          </select>
        </label>
        <label>
          To
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">Pick an entity</option>
            {entityOptions}
          </select>
        </label>
        <label>
          Stance
          <select value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {STANCES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Relation
          <input
            value={relation}
            onChange={(e) => setRelation(e.target.value)}
            placeholder="e.g. buys flour from"
          />
        </label>
        <label>
          Start
          <input
            value={start}
            onChange={(e) => setStart(e.target.value)}
            placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          />
        </label>
        <label>
          End
          <input
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          />
        </label>
        <label className="editor-check">
          <input
            type="checkbox"
            checked={approximate}
            onChange={(e) => setApproximate(e.target.checked)}
          />
          Dates are approximate
        </label>
        <button type="submit">Add relationship</button>
      </form>

      <form
        className="editor-fieldset"
        aria-label="New event"
        onSubmit={submit(() => addNode(eventName, "event", clean(eventDate)))}
      >
        <h3>New event</h3>
        <label>
          Event name
          <input value={eventName} onChange={(e) => setEventName(e.target.value)} />
        </label>
        <label>
          Event date
          <input
            value={eventDate}
            onChange={(e) => setEventDate(e.target.value)}
            placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          />
        </label>
        <button type="submit">Add event</button>
      </form>

      <form
        className="editor-fieldset"
        aria-label="New entity"
        onSubmit={submit(() => addNode(entityName, entityKind))}
      >
        <h3>New entity</h3>
        <label>
          Entity name
          <input value={entityName} onChange={(e) => setEntityName(e.target.value)} />
        </label>
        <label>
          Entity kind
          <select value={entityKind} onChange={(e) => setEntityKind(e.target.value as NodeKind)}>
            {NODE_KINDS.filter((k) => k !== "event").map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <button type="submit">Add entity</button>
      </form>
    </div>
  );
}
