export * from "./context";
export * from "./initialState";
export * from "./selectors";
export * from "./store";
