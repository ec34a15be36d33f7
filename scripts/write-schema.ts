// Writes public/graph.schema.json from the loader's own zod schema, so the published contract
// and the validator cannot drift apart (schema.test.ts fails when this file is stale).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { graphJsonSchema } from "../src/domain/load/schema";

const target = fileURLToPath(new URL("../public/graph.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(graphJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
