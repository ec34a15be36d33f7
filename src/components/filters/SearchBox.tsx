import { useId } from "react";
import type { KeyboardEvent, Ref } from "react";
import { useShallow } from "zustand/react/shallow";
import { OUTLINED_MATCHES } from "../../domain/view";
import type { SearchMatches, VisibleSet } from "../../domain/view";
import { selectListed, selectMatches, useEntente } from "../../state";
import type { EntenteState } from "../../state";

const selectSearch = (s: EntenteState) => ({
  query: s.view.query,
  quotes: s.view.searchQuotes,
  setQuotes: s.setSearchQuotes,
  allTime: s.view.period === null,
  setQuery: s.setQuery,
  matches: selectMatches(s),
  listed: selectListed(s),
});

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the search found among what is listed; blank when there is no query. */
function searchStatus(
  query: string,
  matches: SearchMatches | null,
  listed: VisibleSet,
  allTime: boolean,
): string {
  if (matches === null) return "";
  const { size: nodes } = listed.nodes;
  const { size: edges } = listed.edges;
  if (nodes + edges > 0) {
    const found = `${count(nodes, "entity", "entities")}, ${count(edges, "relationship", "relationships")} match`;
    return nodes > OUTLINED_MATCHES
      ? `${found}; the first ${OUTLINED_MATCHES} are outlined on the graph`
      : found;
  }
  const elsewhere = matches.nodes.size + matches.edges.size > 0;
  // At All time only the filters can be hiding a match; at a step, the time may be too.
  const hint = allTime
    ? " with these filters — clear the filters"
    : " at this step — try All time or clear the filters";
  return `No match for “${query.trim()}”${elsewhere ? hint : ""}`;
}

/** The search box and a polite live summary of what it matched. */
export function SearchBox({ inputRef }: { inputRef?: Ref<HTMLInputElement> }) {
  const { query, quotes, setQuotes, allTime, setQuery, matches, listed } = useEntente(
    useShallow(selectSearch),
  );
  const id = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Escape" || query === "") return;
    // Only a clear swallows Escape; an empty box lets it reach whatever closes around it.
    event.preventDefault();
    event.stopPropagation();
    setQuery("");
  };

  return (
    <div className="filters-search">
      <label htmlFor={id} className="filters-label">
        Search
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        className="filters-search-input"
        placeholder="Search by name…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <label className="filters-option filters-search-quotes">
        <input
          type="checkbox"
          checked={quotes}
          onChange={(event) => setQuotes(event.currentTarget.checked)}
        />
        Also search quotes
      </label>
      <p className="filters-status" aria-live="polite">
        {searchStatus(query, matches, listed, allTime)}
      </p>
    </div>
  );
}
