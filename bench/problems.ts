// npm run bench:problems: only the 130,000-problem row of `npm run bench` (see problemsRow.ts),
// on the production app built into bench/tmp/app/.
import { measureProblems, problemsLine } from "./runner/problemsRow";
import { loadAverage, runSingleRow } from "./runner/singleRow";

const RUNS = 3;

await runSingleRow(async (browser, appUrl, dir) => {
  for (let i = 0; i < RUNS; i++) {
    const result = await measureProblems(browser, appUrl, dir);
    console.log(`${problemsLine(result)} Load average ${loadAverage()}.`);
  }
});
