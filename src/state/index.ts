export * from "./context";
export * from "./initialState";
export * from "./reading";
export * from "./selectors";
export * from "./store";
