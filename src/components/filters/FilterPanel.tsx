import { useRef } from "react";
import { isFiltered } from "../../domain/view";
import { useEntente, useEntenteStore } from "../../state";
import type { EntenteState } from "../../state";
import { KindFilters } from "./KindFilters";
import { SearchBox } from "./SearchBox";
import { SourcingFilter } from "./SourcingFilter";
import { StanceFilters } from "./StanceFilters";
import "./filters.css";

const selectFiltered = ({ view }: EntenteState) => isFiltered(view);

/** Search, kind, stance and sources filters, and a reset (certainty too) that appears once anything is filtered. */
export function FilterPanel() {
  const store = useEntenteStore();
  const filtered = useEntente(selectFiltered);
  const searchRef = useRef<HTMLInputElement>(null);

  const reset = () => {
    store.getState().clearFilters();
    // The button vanishes with the filters; keep keyboard users where filtering starts.
    searchRef.current?.focus();
  };

  return (
    <div className="filters">
      <SearchBox inputRef={searchRef} />
      <KindFilters />
      <StanceFilters />
      <SourcingFilter />
      {filtered && (
        <button type="button" className="filters-reset" onClick={reset}>
          Reset filters
        </button>
      )}
    </div>
  );
}
