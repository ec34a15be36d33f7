// npm run bench:import — only the GEXF import row of `npm run bench` (20k elements: parse time and
// peak memory against their targets), for working on the importers; same code, same targets.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importLine, measureGexfImport } from "./runner/importRow";

const TMP = fileURLToPath(new URL("./tmp/", import.meta.url));
mkdirSync(TMP, { recursive: true });
console.log(importLine(measureGexfImport(TMP, 20_000)));
