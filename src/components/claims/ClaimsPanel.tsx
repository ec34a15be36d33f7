import { useMemo, useState } from "react";
import type { KeyboardEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { claimRows, filterClaims, sortClaims } from "../../domain/analysis";
import type { ClaimSortKey } from "../../domain/analysis";
import type { CertaintyValue } from "../../domain/view";
import { selectShown, useEntente } from "../../state";
import type { EntenteState } from "../../state";
import { CLAIM_CERTAINTIES, ClaimFilters } from "./ClaimFilters";
import { ClaimsTable } from "./ClaimsTable";
import type { ClaimSort } from "./ClaimsTable";
import "./claims.css";

/** Rows rendered until "Show all": a big graph's register stays quick to open and to sort. */
export const CLAIMS_CAP = 300;

const selectClaims = (s: EntenteState) => ({
  graph: s.graph,
  shown: selectShown(s),
  select: s.select,
});

const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/**
 * Who says so: every quote behind the relationships the graph shows, sortable and filterable,
 * in the tab or widened over the page for reading.
 */
export function ClaimsPanel() {
  const { graph, shown, select } = useEntente(useShallow(selectClaims));
  const [text, setText] = useState("");
  const [checked, setChecked] = useState<readonly CertaintyValue[]>(CLAIM_CERTAINTIES);
  const [sort, setSort] = useState<ClaimSort>({ key: "position", dir: "asc" });
  const [showAll, setShowAll] = useState(false);
  const [wide, setWide] = useState(false);

  const rows = useMemo(
    () => claimRows(graph).filter((row) => shown.edges.has(row.elementId)),
    [graph, shown],
  );
  const counts = useMemo(() => {
    const tally = Object.fromEntries(CLAIM_CERTAINTIES.map((c) => [c, 0]));
    for (const row of rows) tally[row.certainty] = (tally[row.certainty] ?? 0) + 1;
    return tally as Record<CertaintyValue, number>;
  }, [rows]);
  const listed = useMemo(
    () => sortClaims(filterClaims(rows, { text, certainty: checked }), sort.key, sort.dir),
    [rows, text, checked, sort],
  );
  const onSort = (key: ClaimSortKey) =>
    setSort(
      sort.key === key ? { key, dir: sort.dir === "asc" ? "desc" : "asc" } : { key, dir: "asc" },
    );
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && wide) setWide(false);
  };
  // The wide view covers the graph: step out of it to show what was picked.
  const onSelect = (id: string) => {
    setWide(false);
    select(id);
  };
  const shownRows = showAll ? listed : listed.slice(0, CLAIMS_CAP);
  const caption = `${listed.length} of ${rows.length} quotes behind the relationships shown`;

  return (
    <>
      {wide && <div className="claims-backdrop" onClick={() => setWide(false)} />}
      <section
        className={wide ? "claims claims--wide" : "claims"}
        aria-label="Who says so"
        onKeyDown={onKeyDown}
      >
        <div className="claims-bar">
          <h2 className="claims-title">Who says so</h2>
          <button
            type="button"
            className="claims-widen"
            aria-pressed={wide}
            onClick={() => setWide(!wide)}
          >
            {wide ? "Close wide view" : "Widen table"}
          </button>
        </div>
        <ClaimFilters
          text={text}
          onText={setText}
          checked={checked}
          onToggle={(c) => setChecked(toggle(checked, c))}
          counts={counts}
        />
        <div className="claims-scroll">
          <ClaimsTable
            rows={shownRows}
            caption={caption}
            sort={sort}
            onSort={onSort}
            onSelect={onSelect}
          />
        </div>
        {listed.length === 0 && <p className="analysis-note">No quote matches these filters.</p>}
        {shownRows.length < listed.length && (
          <button type="button" className="claims-more" onClick={() => setShowAll(true)}>
            Show all {listed.length}
          </button>
        )}
      </section>
    </>
  );
}
