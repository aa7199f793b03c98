export * from "./auth";
export * from "./contacts";
