import { useState } from "react";
import { EditorGate } from "./app/EditorGate";
import { Explorer } from "./app/Explorer";
import { LoadFailure } from "./app/LoadFailure";
import { loadBuiltinGraph } from "./app/builtinGraph";
import { OpenShell } from "./app/open/OpenShell";
import { createEntenteStore } from "./state";
import type { EntenteStore } from "./state";
import "./styles/theme.css";
import "./styles/layout.css";
import "./styles/header.css";
import "./styles/graph-pane.css";

/** The app on the given store (tests), or on the built-in article graph. */
export function App({ store }: { store?: EntenteStore }) {
  return store ? (
    <OpenShell store={store}>
      <Explorer store={store} />
    </OpenShell>
  ) : (
    <BuiltinApp />
  );
}

function BuiltinApp() {
  // One store for the app's lifetime, made on first render (a module-level one would outlive tests).
  const [loaded] = useState(() => {
    const result = loadBuiltinGraph();
    return result.ok ? { store: createEntenteStore(result.graph, result.problems) } : result;
  });
  return "store" in loaded ? (
    <EditorGate>
      <OpenShell store={loaded.store}>
        <Explorer store={loaded.store} />
      </OpenShell>
    </EditorGate>
  ) : (
    <LoadFailure problems={loaded.problems} />
  );
}
