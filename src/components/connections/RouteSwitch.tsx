interface Props {
  index: number;
  count: number;
  /** Relationships along the route shown. */
  hops: number;
  onChange: (index: number) => void;
}

/** "Route 1 of 3 · 2 steps", with buttons to page through routes of the same length. */
export function RouteSwitch({ index, count, hops, onChange }: Props) {
  const length = `${hops} ${hops === 1 ? "step" : "steps"}`;
  return (
    <div className="route-switch">
      <p className="route-count" aria-live="polite">
        {count > 1 ? `Route ${index + 1} of ${count}` : "Shortest route"} · {length}
      </p>
      {count > 1 && (
        <div className="route-buttons">
          <button
            type="button"
            className="route-button"
            aria-label="Previous route"
            onClick={() => onChange((index - 1 + count) % count)}
          >
            ‹
          </button>
          <button
            type="button"
            className="route-button"
            aria-label="Next route"
            onClick={() => onChange((index + 1) % count)}
          >
            ›
          </button>
        </div>
      )}
    </div>
  );
}
