export * from "./changes";
export * from "./claims";
export * from "./paths";
