import { formatProblem } from "../domain/load/problems";
import type { Problem } from "../domain/model/types";

/** Shown instead of the explorer when a graph cannot be loaded: never a blank page. */
export function LoadFailure({ problems }: { problems: readonly Problem[] }) {
  return (
    <main className="load-failure">
      <h1>The graph could not be loaded</h1>
      <div role="alert">
        <p>
          {problems.length === 1 ? "1 problem was" : `${problems.length} problems were`} found in
          the graph file:
        </p>
        <ul>
          {problems.map((p, i) => (
            <li key={i}>
              <code>{formatProblem(p)}</code>
            </li>
          ))}
        </ul>
      </div>
    </main>
  );
}
