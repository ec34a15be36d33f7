import fc from "fast-check";

// Under mutation testing every surviving mutant runs each property to the end: 10 generated cases
// instead of 60–100 keep a folder's run within the hour, and a mutant that breaks the property
// still fails on the first few. Properties read this through fc.readConfigureGlobal().
fc.configureGlobal({ numRuns: 10 });
