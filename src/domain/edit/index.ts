export * from "./types";
export * from "./apply";
export * from "./history";
export * from "./refuse";
export * from "./draft";
export * from "./ids";
export * from "./article";
export * from "./draftGraph";
