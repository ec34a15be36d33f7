import type { ClaimRow, ClaimSortKey, SortDirection } from "../../domain/analysis";
import { LABEL_CAP, shortLabel, STANCE_LABELS } from "../../domain/model/labels";
import { StanceSample } from "../filters/StanceSample";
import { CertaintyBadge, UnverifiedBadge } from "./CertaintyBadge";

export interface ClaimSort {
  key: ClaimSortKey;
  dir: SortDirection;
}

interface Props {
  rows: readonly ClaimRow[];
  caption: string;
  sort: ClaimSort;
  onSort: (key: ClaimSortKey) => void;
  onSelect: (id: string) => void;
}

interface SortHeaderProps extends Pick<Props, "sort" | "onSort"> {
  label: string;
  column: ClaimSortKey;
  /** Shown in the wide view only. */
  wide?: boolean;
}

function SortHeader({ label, column, wide = false, sort, onSort }: SortHeaderProps) {
  const sorted = sort.key === column;
  return (
    <th
      scope="col"
      className={wide ? "claims-col-wide" : undefined}
      aria-sort={sorted ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <button type="button" className="claims-sort" onClick={() => onSort(column)}>
        {label}
        <span
          className={sorted ? "claims-sort-icon" : "claims-sort-icon claims-sort-icon--idle"}
          aria-hidden="true"
        >
          {sorted ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}

/** Names past LABEL_CAP are cut on screen; the button's accessible name keeps them whole. */
function ShortButton({ label, onClick }: { label: string; onClick: () => void }) {
  const short = shortLabel(label, 2 * LABEL_CAP);
  return (
    <button
      type="button"
      className="claims-select"
      onClick={onClick}
      aria-label={short === label ? undefined : label}
    >
      {short}
    </button>
  );
}

/** One row per quote: the relationship (a button selecting it), its stance, and who says what how surely. */
export function ClaimsTable({ rows, caption, sort, onSort, onSelect }: Props) {
  const header = { sort, onSort };
  return (
    <table className="claims-table" aria-label="Claims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <SortHeader label="Relationship" column="element" {...header} />
          <th scope="col" className="claims-col-wide">
            Stance
          </th>
          <SortHeader label="Quote" column="position" {...header} />
          <SortHeader label="Attribution" column="attribution" wide {...header} />
          <SortHeader label="Certainty" column="certainty" {...header} />
          <th scope="col" className="claims-col-wide">
            Verified
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td className="claims-element">
              <ShortButton label={row.elementLabel} onClick={() => onSelect(row.elementId)} />
            </td>
            <td className="claims-stance claims-col-wide">
              {row.stance && (
                <>
                  <StanceSample stance={row.stance} /> {STANCE_LABELS[row.stance]}
                </>
              )}
            </td>
            <td className="claims-quote">{row.quote}</td>
            <td className="claims-attribution claims-col-wide">
              {row.attribution ?? <span className="claims-none">—</span>}
            </td>
            <td>
              <CertaintyBadge certainty={row.certainty} />
            </td>
            <td className="claims-col-wide">
              {row.verified ? (
                <span className="claims-verified">Verified</span>
              ) : (
                <UnverifiedBadge />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
