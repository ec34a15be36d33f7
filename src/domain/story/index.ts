export * from "./certainty";
export * from "./changes";
export * from "./claims";
export * from "./paths";
export * from "./readAlong";
export * from "./stepPeriod";
export * from "./storySteps";
