export * from "./filters";
export * from "./reducers";
export * from "./search";
export * from "./steps";
export * from "./url";
export * from "./pipeline";
export * from "./certainty";
export * from "./pairs";
