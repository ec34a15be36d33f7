// npm run bench:limit: the size-limit row (see limitRow.ts) on its own, on the production app
// built into bench/tmp/app/. Minutes: the layout and the drawing of ~74,000 elements.
import { LIMIT_TIMEOUT_MS, limitLine, measureLimit } from "./runner/limitRow";
import { loadAverage, runSingleRow } from "./runner/singleRow";

await runSingleRow(async (browser, appUrl, dir) => {
  const result = await measureLimit(browser, appUrl, dir, 1, LIMIT_TIMEOUT_MS);
  console.log(`${limitLine(result)} Load average ${loadAverage()}.`);
});
