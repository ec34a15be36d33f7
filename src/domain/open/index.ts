export * from "./files";
export * from "./response";
export * from "./size";
export * from "./sniff";
export * from "./url";
