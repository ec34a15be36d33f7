export * from "./readAlong";
export * from "./stepPeriod";
export * from "./storySteps";
