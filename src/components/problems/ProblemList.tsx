import type { Problem } from "../../domain/model/types";

/** Each problem as where, what and how to fix it; all of it rendered as text, never as markup. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ol className="problem-list">
      {problems.map((p, i) => (
        <li key={i} className="problem">
          <code className="problem-path">{p.path === "" ? "whole file" : p.path}</code>{" "}
          <span className="problem-message">{p.message}</span>
          {p.fix && <span className="problem-fix"> Fix: {p.fix}</span>}
        </li>
      ))}
    </ol>
  );
}
